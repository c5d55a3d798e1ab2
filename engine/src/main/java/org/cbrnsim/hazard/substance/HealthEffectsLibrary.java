package org.cbrnsim.hazard.substance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The health-outcome data of every substance, read from {@code scenarios/substances/health-effects.yaml}
 * (shipped in the engine jar next to substances.yaml): which lethality probit is used per substance and
 * why, the anchors of the non-fatal tiers, and the worried-well share of care-seekers.
 */
public final class HealthEffectsLibrary {

    /** Classpath location of the bundled data file. */
    public static final String BUNDLED_RESOURCE = "/org/cbrnsim/hazard/substance/health-effects.yaml";

    private final double worriedWellShare;
    private final Map<String, HealthEffects> byId = new LinkedHashMap<>();

    private HealthEffectsLibrary(HealthEffectsFileReader.Contents contents) {
        this.worriedWellShare = contents.worriedWellShare();
        contents.entries().forEach(e -> byId.put(e.substanceId(), e));
    }

    /** The bundled data, checked against the bundled substance library (read once, then shared; immutable). */
    public static HealthEffectsLibrary bundled() {
        return Bundled.LIBRARY;
    }

    /**
     * Data read from the text of a health-effects file, checked against {@code substances}; {@code fileName}
     * is used in errors.
     *
     * @throws IllegalArgumentException naming file, substance and field when the file is malformed
     */
    public static HealthEffectsLibrary parse(String yamlText, String fileName, SubstanceLibrary substances) {
        return new HealthEffectsLibrary(new HealthEffectsFileReader(fileName, substances).read(yamlText));
    }

    /** The entry of substance {@code id} (the id of substances.yaml, not an alias), if listed. */
    public Optional<HealthEffects> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The entry of {@code substance}.
     *
     * @throws IllegalArgumentException when the file has no entry for it
     */
    public HealthEffects require(Substance substance) {
        return find(substance.id()).orElseThrow(() -> new IllegalArgumentException("health-effects.yaml has no entry for \""
                + substance.id() + "\"; every substance of substances.yaml needs one"));
    }

    /** All entries, in file order. */
    public List<HealthEffects> all() {
        return List.copyOf(byId.values());
    }

    /** Share of people without symptoms among all attendees (0 ≤ share < 1). */
    public double worriedWellShare() {
        return worriedWellShare;
    }

    /** Holder idiom: the bundled file is read on first use, thread-safely. */
    private static final class Bundled {
        static final HealthEffectsLibrary LIBRARY = parse(readBundled(), "health-effects.yaml", SubstanceLibrary.bundled());

        private static String readBundled() {
            try (InputStream in = HealthEffectsLibrary.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled health-effects data not found at " + BUNDLED_RESOURCE);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
