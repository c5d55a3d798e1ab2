package org.cbrnsim.population;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The indoor sinks and odour cues of the substances, read from {@code scenarios/substances/indoor-sinks.yaml}
 * (shipped in the engine jar next to the substance library): per substance the first-order loss k of
 * the gas to indoor surfaces (casualty-mechanisms.md §3.2) and its odour threshold (substances.md §8),
 * and the file-wide response of people who smell it.
 */
public final class IndoorSinks {

    /** Classpath location of the bundled data file. */
    public static final String BUNDLED_RESOURCE = "/org/cbrnsim/hazard/substance/indoor-sinks.yaml";

    private final Map<String, IndoorSink> bySubstance;
    private final List<String> ids;

    private IndoorSinks(Map<String, IndoorSink> bySubstance) {
        this.bySubstance = Map.copyOf(bySubstance);
        this.ids = List.copyOf(bySubstance.keySet());
    }

    /** The bundled file (read once, then shared; it is immutable). */
    public static IndoorSinks bundled() {
        return Bundled.SINKS;
    }

    /**
     * The entries of the text of an indoor-sink file; {@code fileName} is used in errors.
     *
     * @throws IllegalArgumentException naming file, path and problem when the file is malformed
     */
    public static IndoorSinks parse(String yamlText, String fileName) {
        return new IndoorSinks(new IndoorSinkFileReader(fileName).read(yamlText));
    }

    /** The entry of the substance with id {@code substanceId}, if the file has one. */
    public Optional<IndoorSink> find(String substanceId) {
        return Optional.ofNullable(bySubstance.get(substanceId));
    }

    /**
     * The entry of the substance with id {@code substanceId}.
     *
     * @throws IllegalArgumentException when the file has no entry for it
     */
    public IndoorSink require(String substanceId) {
        return find(substanceId).orElseThrow(() -> new IllegalArgumentException("indoor-sinks.yaml has no entry for \""
                + substanceId + "\"; every substance of substances.yaml needs one"));
    }

    /** The substance ids, in file order. */
    public List<String> ids() {
        return ids;
    }

    /** Holder idiom: the bundled file is read on first use, thread-safely. */
    private static final class Bundled {
        static final IndoorSinks SINKS = parse(readBundled(), "indoor-sinks.yaml");

        private static String readBundled() {
            try (InputStream in = IndoorSinks.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("indoor-sink file " + BUNDLED_RESOURCE + " is not on the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
            }
        }
    }
}
