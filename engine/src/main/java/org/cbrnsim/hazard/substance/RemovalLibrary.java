package org.cbrnsim.hazard.substance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Surface-limited dry deposition velocities, gas diffusivities in air and rain scavenging coefficients per substance, read from the removal data file:
 * by default the bundled {@code scenarios/substances/removal.yaml}, shipped in the engine jar beside the
 * substance library. Each value carries its source and a confidence tag in the file.
 */
public final class RemovalLibrary {

    /** Classpath location of the bundled data file. */
    public static final String BUNDLED_RESOURCE = "/org/cbrnsim/hazard/substance/removal.yaml";

    private final Map<String, RemovalFileReader.Entry> byId = new HashMap<>();

    private RemovalLibrary(List<RemovalFileReader.Entry> entries) {
        entries.forEach(e -> byId.put(e.parameters().substanceId(), e));
    }

    /** The bundled library (read once, then shared; it is immutable). */
    public static RemovalLibrary bundled() {
        return Bundled.LIBRARY;
    }

    /**
     * A library read from the text of a removal data file whose ids must be those of {@code substances};
     * {@code fileName} is used in errors.
     *
     * @throws IllegalArgumentException naming file, substance and field when the file is malformed
     */
    public static RemovalLibrary parse(String yamlText, String fileName, SubstanceLibrary substances) {
        return new RemovalLibrary(new RemovalFileReader(fileName, substances).read(yamlText));
    }

    /** The parameters of {@code substance}, which the file must hold (it holds every substance of the library). */
    public RemovalParameters require(Substance substance) {
        return find(substance.id()).orElseThrow(() -> new IllegalArgumentException(
                "no removal parameters for substance \"" + substance.id() + "\""));
    }

    /** The parameters of the substance with this id, if the file has them. */
    public Optional<RemovalParameters> find(String substanceId) {
        return Optional.ofNullable(byId.get(substanceId)).map(RemovalFileReader.Entry::parameters);
    }

    /** Source and confidence tag of the dry deposition velocity of {@code substanceId}, e.g. "[V] Duyzer (1994) …". */
    public Optional<String> depositionSource(String substanceId) {
        return Optional.ofNullable(byId.get(substanceId)).map(RemovalFileReader.Entry::depositionSource);
    }

    /** Source and confidence tag of the gas diffusivity in air of {@code substanceId}. */
    public Optional<String> diffusivitySource(String substanceId) {
        return Optional.ofNullable(byId.get(substanceId)).map(RemovalFileReader.Entry::diffusivitySource);
    }

    /** Source and confidence tag of the rain scavenging coefficient of {@code substanceId}. */
    public Optional<String> scavengingSource(String substanceId) {
        return Optional.ofNullable(byId.get(substanceId)).map(RemovalFileReader.Entry::scavengingSource);
    }

    /** Holder idiom: the bundled file is read on first use, thread-safely. */
    private static final class Bundled {
        static final RemovalLibrary LIBRARY = parse(readBundled(), "removal.yaml", SubstanceLibrary.bundled());

        private static String readBundled() {
            try (InputStream in = RemovalLibrary.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("removal library " + BUNDLED_RESOURCE + " is not on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
            }
        }
    }
}
