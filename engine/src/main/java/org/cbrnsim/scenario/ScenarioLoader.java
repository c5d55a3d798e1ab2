package org.cbrnsim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a scenario file of format 1 into a {@link Scenario}, or reports every problem of the file.
 *
 * <p>Safe loading only: the YAML is composed into SnakeYAML's node tree with limits against hostile input
 * (aliases, size, nesting, duplicate and recursive keys) and never constructed into objects; any tag but the
 * standard ones is refused. The loader then walks the nodes itself, so that each problem carries the line,
 * column and path of its node. Two layers of checks, all problems collected, sorted by position:
 * <ul>
 *   <li>structure: types, required keys, unknown keys ("did you mean …?"), quantities with units of the
 *       right dimension ({@link org.cbrnsim.units.QuantityParser});</li>
 *   <li>meaning: references to places and chemicals, unique ids, points inside the region's country areas,
 *       non-overlapping areas, weather times, shares adding up to 1, ALOHA's limits (wind ≥ 1 m/s, an
 *       inversion only with class E or F), a tank the flashing-release model accepts, units stationed at
 *       known places, agencies of the region's countries, unit names that do not clash, beds for every
 *       hospital when there are agencies; and warnings (a place in another country's area than the one it
 *       names, weather, releases or a warning after the clock's end).</li>
 * </ul>
 * Errors make the load fail; warnings do not. Defaults: {@link ScenarioDefaults}, and for the responders
 * {@link UnitType} and {@link ResponseParameters#defaults()}.
 */
public final class ScenarioLoader {

    /** The largest file read, in bytes (3 MiB): a scenario is a few kilobytes. */
    public static final long MAX_FILE_BYTES = SafeYaml.MAX_CODE_POINTS;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ScenarioLoader() {
    }

    /** Loads a file with the bundled substance library; the file is named in problems as {@code file.toString()}. */
    public static LoadResult load(Path file) {
        return load(file, SubstanceLibrary.bundled());
    }

    /** Loads a file, resolving chemicals in {@code library}. */
    public static LoadResult load(Path file, SubstanceLibrary library) {
        String name = file.toString();
        Problems problems = new Problems(name);
        Optional<String> text = read(file, problems);
        return text.map(t -> load(t, name, library)).orElseGet(() -> result(Optional.empty(), problems));
    }

    /** Loads the text of a scenario file; {@code fileName} is how problems name it. */
    public static LoadResult load(String yamlText, String fileName, SubstanceLibrary library) {
        Problems problems = new Problems(fileName);
        String text = yamlText.startsWith(BYTE_ORDER_MARK) ? yamlText.substring(1) : yamlText;
        Optional<Node> root = SafeYaml.compose(text, problems);
        Optional<Scenario> scenario = root.filter(node -> TagCheck.check(node, problems))
                .flatMap(node -> ScenarioReader.read(new YamlValue(node, "", problems), library));
        return result(scenario, problems);
    }

    /**
     * The scenario of a file that has no errors.
     *
     * @throws IllegalArgumentException listing every error, one per line
     */
    public static Scenario require(Path file) {
        return load(file).orThrow();
    }

    private static LoadResult result(Optional<Scenario> scenario, Problems problems) {
        return new LoadResult(problems.file(), problems.hasErrors() ? Optional.empty() : scenario, problems.sorted());
    }

    /** The file as UTF-8 text, refused before reading when larger than {@link #MAX_FILE_BYTES}. */
    private static Optional<String> read(Path file, Problems problems) {
        Mark start = null;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.error(start, "", "refused: the file has " + size + " bytes; a scenario file may have at most "
                        + MAX_FILE_BYTES);
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (NoSuchFileException e) {
            problems.error(start, "", "no such file");
        } catch (CharacterCodingException e) {
            problems.error(start, "", "the file is not UTF-8 text");
        } catch (IOException e) {
            problems.error(start, "", "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }
}
