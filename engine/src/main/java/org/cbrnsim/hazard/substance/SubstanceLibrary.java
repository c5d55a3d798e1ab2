package org.cbrnsim.hazard.substance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cbrnsim.text.EditDistance;

/**
 * The substances the engine knows, read from a substance data file: by default the bundled
 * {@code scenarios/substances/substances.yaml}, shipped in the engine jar. Lookups accept the id
 * or an alias, in any case, with spaces or underscores for hyphens ("Hydrogen sulfide", "H2S").
 */
public final class SubstanceLibrary {

    /** Classpath location of the bundled data file. */
    public static final String BUNDLED_RESOURCE = "/org/cbrnsim/hazard/substance/substances.yaml";

    private final Map<String, String> sourceLegend;
    private final List<SubstanceEntry> entries;
    private final Map<String, SubstanceEntry> byName = new HashMap<>();

    private SubstanceLibrary(SubstanceFileReader.Contents contents) {
        this.sourceLegend = Map.copyOf(contents.sourceLegend());
        this.entries = List.copyOf(contents.entries());
        for (SubstanceEntry entry : entries) {
            byName.put(entry.id(), entry);
            entry.aliases().forEach(alias -> byName.put(alias, entry));
        }
    }

    /** The bundled library (read once, then shared; it is immutable). */
    public static SubstanceLibrary bundled() {
        return Bundled.LIBRARY;
    }

    /**
     * A library read from the text of a substance data file; {@code fileName} is used in errors.
     *
     * @throws IllegalArgumentException naming file, substance and field when the file is malformed
     */
    public static SubstanceLibrary parse(String yamlText, String fileName) {
        return new SubstanceLibrary(new SubstanceFileReader(fileName).read(yamlText));
    }

    /** The substance with this id or alias, if known. */
    public Optional<Substance> find(String idOrAlias) {
        return entry(idOrAlias).map(SubstanceEntry::substance);
    }

    /**
     * The substance with this id or alias.
     *
     * @throws IllegalArgumentException {@code unknown chemical "X"; known: chlorine, ammonia, …},
     *                                  with a suggestion when a known name is a few edits away
     */
    public Substance require(String idOrAlias) {
        return find(idOrAlias).orElseThrow(() -> unknown(idOrAlias));
    }

    /** All substances, in file order. */
    public List<Substance> all() {
        return entries.stream().map(SubstanceEntry::substance).toList();
    }

    /** The full file entry (aliases, sources, every coefficient set) of this id or alias, if known. */
    public Optional<SubstanceEntry> entry(String idOrAlias) {
        return idOrAlias == null ? Optional.empty() : Optional.ofNullable(byName.get(normalise(idOrAlias)));
    }

    /** All file entries, in file order. */
    public List<SubstanceEntry> entries() {
        return entries;
    }

    /** The legend of the source codes used in {@code source} fields (S1 …), code to description. */
    public Map<String, String> sourceLegend() {
        return sourceLegend;
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    private IllegalArgumentException unknown(String name) {
        String known = entries.stream().map(SubstanceEntry::id).collect(Collectors.joining(", "));
        StringBuilder message = new StringBuilder("unknown chemical \"").append(name).append("\"; known: ").append(known);
        if (name != null && !name.isBlank()) {
            String wanted = normalise(name);
            EditDistance.closest(wanted, byName.keySet())
                    .ifPresent(best -> message.append("; did you mean \"").append(byName.get(best).id()).append("\"?"));
        }
        return new IllegalArgumentException(message.toString());
    }

    /** Holder idiom: the bundled file is read on first use, thread-safely. */
    private static final class Bundled {
        static final SubstanceLibrary LIBRARY = parse(readBundled(), "substances.yaml");

        private static String readBundled() {
            try (InputStream in = SubstanceLibrary.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("substance library " + BUNDLED_RESOURCE + " is not on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
            }
        }
    }
}
