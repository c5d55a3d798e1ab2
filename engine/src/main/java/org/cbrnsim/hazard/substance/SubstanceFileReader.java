package org.cbrnsim.hazard.substance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


/**
 * Reads the substance data file (format 1, described in its header) into {@link SubstanceEntry}s.
 * YAML is loaded with SnakeYAML's {@link SafeConstructor}: only maps, lists, strings and numbers,
 * never arbitrary types; duplicate keys are refused. Every error names the file, the substance
 * and the field.
 */
final class SubstanceFileReader {

    /** What a file holds: the legend of source codes and the substances, in file order. */
    record Contents(Map<String, String> sourceLegend, List<SubstanceEntry> entries) {
    }

    private static final int FORMAT = 1;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CAS = Pattern.compile("(\\d{2,7})-(\\d{2})-(\\d)");
    private static final String NOT_RECOMMENDED = "NR";
    private static final String MISSING = "missing";
    private static final Set<String> ROOT_KEYS = Set.of("format", "sources", "substances");
    private static final Set<String> SUBSTANCE_KEYS = Set.of("id", "name", "aliases", "cas", "molar_mass_g_per_mol",
            "normal_boiling_point_k", "liquid_density", "vapour_pressure", "heat_of_vaporisation",
            "liquid_heat_capacity", "guidelines", "probits");
    private static final Set<String> SOURCED_VALUE_KEYS = Set.of("value", "source");
    private static final Set<String> TABLE_KEYS = Set.of("system", "unit", "tier-1", "tier-2", "tier-3");
    private static final Set<String> TIER_KEYS = Set.of("values", "source");
    private static final Set<String> PROBIT_KEYS = Set.of("set", "a", "b", "n", "concentration_unit", "time_unit", "source");
    private static final double KG_PER_G = 1.0e-3;

    private final String fileName;

    SubstanceFileReader(String fileName) {
        this.fileName = fileName;
    }

    Contents read(String yamlText) {
        DataFields root = DataFields.parsedRoot(fileName, yamlText, ROOT_KEYS, FORMAT);
        Map<String, String> legend = new LinkedHashMap<>();
        DataFields sources = root.map("sources");
        for (String code : sources.keys()) {
            legend.put(code, sources.string(code));
        }
        List<SubstanceEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Object> substances = root.list("substances");
        for (int i = 0; i < substances.size(); i++) {
            SubstanceEntry entry = substance(root.mapInList("substances", i, substances.get(i)));
            for (String name : allNames(entry)) {
                if (!names.add(name)) {
                    throw root.error("substances[" + i + "]", "the id or alias \"" + name + "\" is used twice");
                }
            }
            entries.add(entry);
        }
        return new Contents(legend, entries);
    }

    private static List<String> allNames(SubstanceEntry entry) {
        List<String> names = new ArrayList<>(entry.aliases());
        names.add(entry.id());
        return names;
    }

    private SubstanceEntry substance(DataFields anonymous) {
        String id = anonymous.string("id");
        DataFields fields = anonymous.forSubstance(id);
        if (!ID.matcher(id).matches()) {
            throw fields.error("id", "expected lower-case words joined by hyphens, e.g. \"hydrogen-sulfide\"");
        }
        fields.allowOnly(SUBSTANCE_KEYS);
        List<String> aliases = aliases(fields);
        String cas = casNumber(fields);
        DataFields molarMass = sourcedValue(fields, "molar_mass_g_per_mol");
        double molarMassKgPerMol = positive(molarMass, "value") * KG_PER_G;
        DataFields boilingPoint = sourcedValue(fields, "normal_boiling_point_k");
        double boilingPointK = positive(boilingPoint, "value");

        Map<SubstanceProperty, PropertySets> properties = new EnumMap<>(SubstanceProperty.class);
        for (SubstanceProperty property : SubstanceProperty.values()) {
            properties.put(property, propertySets(fields, id, property, molarMassKgPerMol));
        }
        Substance substance = new Substance(id, fields.string("name"), cas, molarMassKgPerMol, boilingPointK,
                properties.get(SubstanceProperty.LIQUID_DENSITY).preferred(),
                properties.get(SubstanceProperty.VAPOUR_PRESSURE).preferred(),
                properties.get(SubstanceProperty.HEAT_OF_VAPORISATION).preferred(),
                properties.get(SubstanceProperty.LIQUID_HEAT_CAPACITY).preferred(),
                guidelines(fields), probits(fields));
        return new SubstanceEntry(substance, aliases, molarMass.string("source"), boilingPoint.string("source"),
                properties);
    }

    private static List<String> aliases(DataFields fields) {
        List<String> aliases = new ArrayList<>();
        for (Object alias : fields.list("aliases")) {
            if (!(alias instanceof String text) || !ID.matcher(text).matches()) {
                throw fields.error("aliases", "expected lower-case hyphenated names, got " + DataFields.describe(alias));
            }
            aliases.add(text);
        }
        return aliases;
    }

    /** The CAS number, checked against its check digit (CAS Registry, "check digit verification"). */
    private static String casNumber(DataFields fields) {
        String cas = fields.string("cas");
        var matcher = CAS.matcher(cas);
        if (!matcher.matches()) {
            throw fields.error("cas", "expected a CAS number like 7782-50-5, got \"" + cas + "\"");
        }
        String digits = new StringBuilder(matcher.group(1) + matcher.group(2)).reverse().toString();
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (i + 1) * (digits.charAt(i) - '0');
        }
        if (sum % 10 != matcher.group(3).charAt(0) - '0') {
            throw fields.error("cas", "check digit of \"" + cas + "\" is wrong (should be " + sum % 10 + ")");
        }
        return cas;
    }

    private static DataFields sourcedValue(DataFields fields, String key) {
        DataFields value = fields.map(key);
        value.allowOnly(SOURCED_VALUE_KEYS);
        value.string("source");
        return value;
    }

    private static double positive(DataFields fields, String key) {
        double value = fields.number(key);
        if (!(value > 0)) {
            throw fields.error(key, "must be > 0, got " + value);
        }
        return value;
    }

    private PropertySets propertySets(DataFields fields, String id, SubstanceProperty property,
                                      double molarMassKgPerMol) {
        String key = property.fileKey();
        if (fields.required(key) instanceof Map<?, ?>) {
            DataFields missing = fields.map(key);
            missing.allowOnly(Set.of(MISSING));
            return new PropertySets(property, List.of(), Optional.of(missing.string(MISSING)));
        }
        List<Object> list = fields.list(key);
        if (list.isEmpty()) {
            throw fields.error(key, "give at least one coefficient set, or {missing: \"why\"}");
        }
        List<Correlation> sets = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            sets.add(correlation(fields.mapInList(key, i, list.get(i)), id, property, molarMassKgPerMol));
        }
        return new PropertySets(property, sets, Optional.empty());
    }

    private static Correlation correlation(DataFields set, String id, SubstanceProperty property,
                                           double molarMassKgPerMol) {
        EquationForm.Definition definition = equationForm(set).read(set, molarMassKgPerMol);
        return new Correlation(id, property, set.string("label"), definition.equation(),
                definition.minTemperatureK(), definition.maxTemperatureK(), set.string("source"),
                set.has("note") ? set.string("note") : "");
    }

    private static EquationForm equationForm(DataFields set) {
        String name = set.string("equation");
        return Arrays.stream(EquationForm.values()).filter(f -> f.fileName().equals(name)).findFirst()
                .orElseThrow(() -> set.error("equation", "unknown equation \"" + name + "\"; known: "
                        + Arrays.stream(EquationForm.values()).map(EquationForm::fileName)
                        .collect(Collectors.joining(", "))));
    }

    private static ExposureGuidelines guidelines(DataFields fields) {
        List<GuidelineTable> tables = new ArrayList<>();
        List<Object> list = fields.list("guidelines");
        for (int i = 0; i < list.size(); i++) {
            DataFields table = fields.mapInList("guidelines", i, list.get(i));
            table.allowOnly(TABLE_KEYS);
            GuidelineSystem system = guidelineSystem(table);
            ConcentrationUnit unit = concentrationUnit(table, "unit");
            List<GuidelineTier> tiers = new ArrayList<>();
            for (int tier = 1; tier <= 3; tier++) {
                tiers.add(guidelineTier(table.map("tier-" + tier), tier));
            }
            tables.add(new GuidelineTable(system, unit, tiers));
        }
        try {
            return new ExposureGuidelines(tables);
        } catch (IllegalArgumentException e) {
            throw fields.error("guidelines", e.getMessage());
        }
    }

    private static GuidelineSystem guidelineSystem(DataFields table) {
        String name = table.string("system");
        try {
            return GuidelineSystem.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw table.error("system", "expected one of " + Arrays.toString(GuidelineSystem.values())
                    + ", got \"" + name + "\"");
        }
    }

    private static ConcentrationUnit concentrationUnit(DataFields fields, String key) {
        try {
            return ConcentrationUnit.parse(fields.string(key));
        } catch (IllegalArgumentException e) {
            throw fields.error(key, e.getMessage());
        }
    }

    private static GuidelineTier guidelineTier(DataFields tier, int number) {
        tier.allowOnly(TIER_KEYS);
        DataFields values = tier.map("values");
        values.allowOnly(Arrays.stream(GuidelineDuration.values()).map(GuidelineDuration::label)
                .collect(Collectors.toSet()));
        Map<GuidelineDuration, GuidelineValue> cells = new EnumMap<>(GuidelineDuration.class);
        for (GuidelineDuration duration : GuidelineDuration.values()) {
            cells.put(duration, guidelineValue(values, duration.label()));
        }
        return new GuidelineTier(number, cells, tier.string("source"));
    }

    private static GuidelineValue guidelineValue(DataFields values, String key) {
        Object value = values.required(key);
        if (NOT_RECOMMENDED.equals(value)) {
            return GuidelineValue.NOT_RECOMMENDED;
        }
        if (MISSING.equals(value)) {
            return GuidelineValue.MISSING;
        }
        if (value instanceof Number number) {
            if (!(number.doubleValue() > 0)) {
                throw values.error(key, "must be > 0, got " + number + " (write NR when the tier is not recommended)");
            }
            return GuidelineValue.of(number.doubleValue());
        }
        throw values.error(key, "expected a number, NR or missing, got " + DataFields.describe(value));
    }

    private static List<ProbitFunction> probits(DataFields fields) {
        List<ProbitFunction> probits = new ArrayList<>();
        List<Object> list = fields.list("probits");
        for (int i = 0; i < list.size(); i++) {
            DataFields probit = fields.mapInList("probits", i, list.get(i));
            probit.allowOnly(PROBIT_KEYS);
            if (!"min".equals(probit.string("time_unit"))) {
                throw probit.error("time_unit", "probits take t in min, got \"" + probit.string("time_unit") + "\"");
            }
            probits.add(new ProbitFunction(probit.string("set"), probit.number("a"), positive(probit, "b"),
                    positive(probit, "n"), concentrationUnit(probit, "concentration_unit"), probit.string("source")));
        }
        return probits;
    }
}
