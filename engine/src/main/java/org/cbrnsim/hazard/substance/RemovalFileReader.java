package org.cbrnsim.hazard.substance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the removal data file (format 1, described in its header): per substance a dry deposition velocity
 * (surface-limited), a gas diffusivity in air and a rain scavenging coefficient, each {value, tag, source}. Safe YAML, duplicate keys refused, unknown
 * keys and tags refused, negative values refused, every substance of the substance library required once.
 * Every error names the file, the substance and the field.
 */
final class RemovalFileReader {

    /** One substance's parameters with the source text of each ("[tag] source"). */
    record Entry(RemovalParameters parameters, String depositionSource, String diffusivitySource,
                 String scavengingSource) {
    }

    private static final int FORMAT = 1;
    private static final Set<String> ROOT_KEYS = Set.of("format", "substances");
    private static final String DEPOSITION = "dry_deposition_velocity_m_per_s";
    private static final String DIFFUSIVITY = "gas_diffusivity_m2_per_s";
    private static final String SCAVENGING = "rain_scavenging_per_s";
    private static final Set<String> SUBSTANCE_KEYS = Set.of("id", DEPOSITION, DIFFUSIVITY, SCAVENGING);
    private static final Set<String> VALUE_KEYS = Set.of("value", "tag", "source");
    private static final Set<String> TAGS = new TreeSet<>(List.of("V", "K", "M", "D", "generic"));

    private final String fileName;
    private final SubstanceLibrary substances;

    RemovalFileReader(String fileName, SubstanceLibrary substances) {
        this.fileName = fileName;
        this.substances = substances;
    }

    List<Entry> read(String yamlText) {
        DataFields root = DataFields.parsedRoot(fileName, yamlText, ROOT_KEYS, FORMAT);
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Object> list = root.list("substances");
        for (int i = 0; i < list.size(); i++) {
            DataFields item = root.mapInList("substances", i, list.get(i));
            String id = item.string("id");
            if (substances.entry(id).filter(e -> e.id().equals(id)).isEmpty()) {
                throw item.error("id", "\"" + id + "\" is not the id of a substance of the substance library");
            }
            if (!seen.add(id)) {
                throw item.error("id", "the substance \"" + id + "\" is listed twice");
            }
            entries.add(entry(id, item.forSubstance(id)));
        }
        Set<String> missing = new TreeSet<>();
        substances.entries().forEach(e -> missing.add(e.id()));
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw root.error("substances", "no removal parameters for " + String.join(", ", missing)
                    + "; every substance needs an entry (tag a generic value as such)");
        }
        return entries;
    }

    private Entry entry(String id, DataFields fields) {
        fields.allowOnly(SUBSTANCE_KEYS);
        DataFields deposition = fields.map(DEPOSITION);
        DataFields diffusivity = fields.map(DIFFUSIVITY);
        DataFields scavenging = fields.map(SCAVENGING);
        double diffusivityM2PerS = nonNegative(diffusivity);
        if (!(diffusivityM2PerS > 0)) {
            throw diffusivity.error("value", "must be > 0, got " + diffusivityM2PerS);
        }
        return new Entry(new RemovalParameters(id, nonNegative(deposition), diffusivityM2PerS,
                nonNegative(scavenging)), sourced(deposition), sourced(diffusivity), sourced(scavenging));
    }

    private static double nonNegative(DataFields value) {
        value.allowOnly(VALUE_KEYS);
        double number = value.number("value");
        if (!(number >= 0)) {
            throw value.error("value", "must be >= 0, got " + number);
        }
        return number;
    }

    private static String sourced(DataFields value) {
        String tag = value.string("tag");
        if (!TAGS.contains(tag)) {
            throw value.error("tag", "expected one of " + TAGS + ", got \"" + tag + "\"");
        }
        return "[" + tag + "] " + value.string("source");
    }
}
