package org.cbrnsim.hazard.substance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;


/**
 * Reads the health-effects data file (format 1, described in its header) with SnakeYAML's
 * {@link SafeConstructor} (maps, lists, strings and numbers only; duplicate keys refused). Every error
 * names the file, the substance and the field. Checks each entry against the substance library: the
 * substance exists and the lethality set is one of its probits (or {@code none} when it has none). That the
 * medians rise from tier to tier is checked where they become toxic loads
 * ({@code org.cbrnsim.population.OutcomeLadder}).
 */
final class HealthEffectsFileReader {

    /** What a file holds: the worried-well share and one entry per substance, in file order. */
    record Contents(double worriedWellShare, List<HealthEffects> entries) {
    }

    private static final int FORMAT = 1;
    private static final String NONE = "none";
    private static final Set<String> ROOT_KEYS = Set.of("format", "care_seeking", "substances");
    private static final Set<String> CARE_KEYS = Set.of("worried_well_share");
    private static final Set<String> SOURCED_VALUE_KEYS = Set.of("value", "source");
    private static final Set<String> ENTRY_KEYS = Set.of("id", "lethality", "sought_care", "admitted", "icu");
    private static final Set<String> LETHALITY_KEYS = Set.of("set", "why");
    private static final Set<String> EXPOSURE_KEYS = Set.of("concentration", "unit", "minutes", "effect", "source");
    private static final Set<String> LETHALITY_ANCHOR_KEYS = Set.of("lethality", "effect", "source");
    private static final Set<String> TIER_KEYS = Set.of("aegl_tier", "effect", "source");
    private static final Set<String> NONE_KEYS = Set.of(NONE);

    private final String fileName;
    private final SubstanceLibrary library;

    HealthEffectsFileReader(String fileName, SubstanceLibrary library) {
        this.fileName = fileName;
        this.library = library;
    }

    Contents read(String yamlText) {
        DataFields root = DataFields.parsedRoot(fileName, yamlText, ROOT_KEYS, FORMAT);
        DataFields care = root.map("care_seeking");
        care.allowOnly(CARE_KEYS);
        DataFields share = care.map("worried_well_share");
        share.allowOnly(SOURCED_VALUE_KEYS);
        share.string("source");
        double worriedWellShare = share.number("value");
        if (!(worriedWellShare >= 0 && worriedWellShare < 1)) {
            throw share.error("value", "expected a share in [0, 1), got " + worriedWellShare);
        }
        List<HealthEffects> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Object> substances = root.list("substances");
        for (int i = 0; i < substances.size(); i++) {
            DataFields fields = root.mapInList("substances", i, substances.get(i));
            HealthEffects entry = entry(fields.forSubstance(fields.string("id")));
            if (!ids.add(entry.substanceId())) {
                throw root.error("substances[" + i + "]", "the substance \"" + entry.substanceId() + "\" is listed twice");
            }
            entries.add(entry);
        }
        return new Contents(worriedWellShare, entries);
    }

    private HealthEffects entry(DataFields fields) {
        fields.allowOnly(ENTRY_KEYS);
        String id = fields.string("id");
        Substance substance = library.entry(id).filter(e -> e.id().equals(id)).map(SubstanceEntry::substance)
                .orElseThrow(() -> fields.error("id", "not a substance id of substances.yaml"));
        DataFields lethality = fields.map("lethality");
        lethality.allowOnly(LETHALITY_KEYS);
        String set = lethality.string("set");
        Optional<String> lethalitySet = NONE.equals(set) ? Optional.empty() : Optional.of(set);
        List<String> known = substance.probits().stream().map(ProbitFunction::setName).toList();
        if (lethalitySet.isPresent() && !known.contains(set)) {
            throw lethality.error("set", "\"" + set + "\" is not a probit set of " + id + "; known: " + known);
        }
        if (lethalitySet.isEmpty() && !known.isEmpty()) {
            throw lethality.error("set", id + " has probits " + known + "; name the one to use");
        }
        return new HealthEffects(id, lethalitySet, lethality.string("why"),
                anchor(fields.map("sought_care"), lethalitySet.isPresent()),
                anchor(fields.map("admitted"), lethalitySet.isPresent()),
                anchor(fields.map("icu"), lethalitySet.isPresent()));
    }

    private static OutcomeAnchor anchor(DataFields fields, boolean hasProbit) {
        if (fields.has(NONE)) {
            fields.allowOnly(NONE_KEYS);
            return new OutcomeAnchor.NotModelled(fields.string(NONE));
        }
        if (fields.has("aegl_tier")) {
            fields.allowOnly(TIER_KEYS);
            if (hasProbit) {
                throw fields.error("aegl_tier", "only for substances without a lethality probit; give a median exposure");
            }
            double tier = fields.number("aegl_tier");
            if (tier != 1 && tier != 2 && tier != 3) {
                throw fields.error("aegl_tier", "expected 1, 2 or 3, got " + tier);
            }
            return new OutcomeAnchor.AeglTierExceeded((int) tier, fields.string("effect"), fields.string("source"));
        }
        if (!hasProbit) {
            throw fields.error("(tier)", "without a lethality probit no toxic load is accumulated; use aegl_tier or none");
        }
        if (fields.has("lethality")) {
            fields.allowOnly(LETHALITY_ANCHOR_KEYS);
            double p = fields.number("lethality");
            if (!(p > 0 && p < 0.5)) {
                throw fields.error("lethality", "expected a lethality in (0, 0.5), got " + p);
            }
            return new OutcomeAnchor.AtLethality(p, fields.string("effect"), fields.string("source"));
        }
        fields.allowOnly(EXPOSURE_KEYS);
        double concentration = positive(fields, "concentration");
        ConcentrationUnit unit;
        try {
            unit = ConcentrationUnit.parse(fields.string("unit"));
        } catch (IllegalArgumentException e) {
            throw fields.error("unit", e.getMessage());
        }
        return new OutcomeAnchor.ConstantExposure(concentration, unit, positive(fields, "minutes"),
                fields.string("effect"), fields.string("source"));
    }

    private static double positive(DataFields fields, String key) {
        double value = fields.number(key);
        if (!(value > 0)) {
            throw fields.error(key, "expected a number > 0, got " + value);
        }
        return value;
    }
}
