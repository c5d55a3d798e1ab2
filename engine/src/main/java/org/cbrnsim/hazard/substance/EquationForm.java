package org.cbrnsim.hazard.substance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The equation names of the data file (substances.md §0 forms E1–E10, and {@code table}), how a set
 * of each form is written and how to build the {@link CorrelationEquation} and its valid range from it.
 * A coefficient form reads {@code coefficients} and the stated {@code valid_k}; a table reads
 * {@code points} and is valid from its first to its last point.
 */
enum EquationForm {
    ANTOINE("antoine", List.of("A", "B", "C"), List.of(),
            (k, m) -> new AntoineEquation(k.get("A"), k.get("B"), k.get("C"))),
    DIPPR_101("dippr-101", List.of("C1", "C2", "C3", "C4", "C5"), List.of(),
            (k, m) -> new Dippr101Equation(k.get("C1"), k.get("C2"), k.get("C3"), k.get("C4"), k.get("C5"))),
    DIPPR_105("dippr-105", List.of("C1", "C2", "C3", "C4"), List.of(),
            (k, m) -> new Dippr105Equation(k.get("C1"), k.get("C2"), k.get("C3"), k.get("C4"), m)),
    DIPPR_106("dippr-106", List.of("Tc", "C1", "C2", "C3", "C4"), List.of(),
            (k, m) -> new Dippr106Equation(k.get("Tc"), k.get("C1"), k.get("C2"), k.get("C3"), k.get("C4"), m)),
    DIPPR_100("dippr-100", List.of("A"), List.of("B", "C", "D", "E"),
            (k, m) -> new Dippr100Equation(k.get("A"), k.get("B"), k.get("C"), k.get("D"), k.get("E"), m)),
    DIPPR_114("dippr-114", List.of("Tc", "A", "B", "C", "D"), List.of(),
            (k, m) -> new Dippr114Equation(k.get("Tc"), k.get("A"), k.get("B"), k.get("C"), k.get("D"), m)),
    WAGNER("wagner", List.of("Tc", "Pc", "A", "B", "C", "D"), List.of(),
            (k, m) -> new WagnerEquation(k.get("Tc"), k.get("Pc"), k.get("A"), k.get("B"), k.get("C"), k.get("D"))),
    PPDS_12("ppds-12", List.of("Tc", "A", "B", "C", "D", "E"), List.of(),
            (k, m) -> new Ppds12Equation(k.get("Tc"), k.get("A"), k.get("B"), k.get("C"), k.get("D"), k.get("E"), m)),
    PPDS_116("ppds-116", List.of("Tc", "rho_c", "A", "B", "C", "D"), List.of(),
            (k, m) -> new Ppds116Equation(k.get("Tc"), k.get("rho_c"), k.get("A"), k.get("B"), k.get("C"), k.get("D"))),

    /** Published points [[T in K, value in the property's SI unit], …], linear in T between them. */
    TABLE("table", List.of(), List.of(), null) {
        @Override
        Definition read(DataFields set, double molarMassKgPerMol) {
            set.allowOnly(TABLE_SET_KEYS);
            List<Object> points = set.list(POINTS);
            double[] temperaturesK = new double[points.size()];
            double[] values = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                if (!(points.get(i) instanceof List<?> point) || point.size() != 2
                        || !(point.get(0) instanceof Number t) || !(point.get(1) instanceof Number value)) {
                    throw set.error(POINTS + "[" + i + "]", "expected a point [T in K, value], got "
                            + DataFields.describe(points.get(i)));
                }
                temperaturesK[i] = t.doubleValue();
                values[i] = value.doubleValue();
            }
            try {
                LinearTableEquation table = new LinearTableEquation(temperaturesK, values);
                return new Definition(table, table.firstTemperatureK(), table.lastTemperatureK());
            } catch (IllegalArgumentException e) {
                throw set.error(POINTS, e.getMessage());
            }
        }
    };

    /** An equation read from the file with the temperature range it is valid for. */
    record Definition(CorrelationEquation equation, double minTemperatureK, double maxTemperatureK) {
    }

    /** Builds an equation from its coefficients (every required key present; optional ones 0 when absent). */
    @FunctionalInterface
    private interface Builder {
        CorrelationEquation create(Map<String, Double> coefficients, double molarMassKgPerMol);
    }

    private static final String POINTS = "points";
    private static final Set<String> COEFFICIENT_SET_KEYS =
            Set.of("label", "equation", "coefficients", "valid_k", "source", "note");
    private static final Set<String> TABLE_SET_KEYS = Set.of("label", "equation", POINTS, "source", "note");

    private final String fileName;
    private final List<String> requiredKeys;
    private final List<String> optionalKeys;
    private final Builder builder;

    EquationForm(String fileName, List<String> requiredKeys, List<String> optionalKeys, Builder builder) {
        this.fileName = fileName;
        this.requiredKeys = requiredKeys;
        this.optionalKeys = optionalKeys;
        this.builder = builder;
    }

    String fileName() {
        return fileName;
    }

    /**
     * The equation and its valid range from a set of the file; errors name the offending field.
     *
     * @param set               the set, e.g. {@code vapour_pressure[0]}
     * @param molarMassKgPerMol molar mass of the substance, for per-mol correlations
     */
    Definition read(DataFields set, double molarMassKgPerMol) {
        set.allowOnly(COEFFICIENT_SET_KEYS);
        DataFields coefficients = set.map("coefficients");
        Set<String> allowed = new HashSet<>(requiredKeys);
        allowed.addAll(optionalKeys);
        coefficients.allowOnly(allowed);
        Map<String, Double> values = new HashMap<>();
        for (String key : requiredKeys) {
            values.put(key, coefficients.number(key));
        }
        for (String key : optionalKeys) {
            values.put(key, coefficients.has(key) ? coefficients.number(key) : 0.0);
        }
        List<Object> range = set.list("valid_k");
        if (range.size() != 2 || !(range.get(0) instanceof Number low) || !(range.get(1) instanceof Number high)
                || !(low.doubleValue() > 0 && high.doubleValue() > low.doubleValue())) {
            throw set.error("valid_k", "expected [Tmin, Tmax] in K with 0 < Tmin < Tmax, got " + range);
        }
        return new Definition(builder.create(values, molarMassKgPerMol), low.doubleValue(), high.doubleValue());
    }
}
