package org.cbrnsim.hazard.source;

import java.util.List;
import java.util.Optional;
import org.cbrnsim.hazard.substance.PropertyCorrelation;
import org.cbrnsim.hazard.substance.Substance;

/**
 * Substances built for the source tests from the correlations in /work/shared/reference/substances.md
 * (coefficients from Perry's 8th ed. DIPPR tables and the VDI Heat Atlas, as listed there).
 */
final class TestSubstances {

    private TestSubstances() {
    }

    /** Chlorine: DIPPR 101/105/106 (Tables 4b, 3b, 5); liquid c_p linear between the VDI points of Table 6. */
    static Substance chlorine() {
        double m = 0.070906;
        return substance("chlorine", "Chlorine", "7782-50-5", m, 239.11,
                dippr105(m, 2.2300, 0.27645, 417.15, 0.29260),
                dippr101(71.334, -3855, -8.5171, 1.2378E-02, 1),
                dippr106(m, 417.15, 30680, 0.8458, -0.9001, 0.4530),
                t -> (66.65 + (70.91 - 66.65) * (t - 239.17) / (296 - 239.17)) / m);
    }

    /** Ammonia: DIPPR 101/105/106/114 (Tables 4b, 3b, 5, 6). */
    static Substance ammonia() {
        double m = 0.017031;
        return substance("ammonia", "Ammonia", "7664-41-7", m, 239.82,
                dippr105(m, 3.5383, 0.25443, 405.65, 0.28880),
                dippr101(90.483, -4669.7, -11.607, 1.7194E-02, 1),
                dippr106(m, 405.65, 31523, 0.3914, -0.2289, 0.2309),
                dippr114(m, 405.65, 61.289, 80925, 799.4, -2651));
    }

    /** Propane: DIPPR 101/105/106/114 (Tables 4b, 3b, 5, 6). */
    static Substance propane() {
        double m = 0.044097;
        return substance("propane", "Propane", "74-98-6", m, 231.04,
                dippr105(m, 1.3757, 0.27453, 369.83, 0.29359),
                dippr101(59.078, -3492.6, -6.0669, 1.0919E-05, 2),
                dippr106(m, 369.83, 29209, 0.78237, -0.77319, 0.39246),
                dippr114(m, 369.83, 62.983, 113630, 633.21, -873.46));
    }

    /** Benzene: DIPPR 101/105/106/100 (Tables 4b, 3b, 5, 6). */
    static Substance benzene() {
        double m = 0.078114;
        return substance("benzene", "Benzene", "71-43-2", m, 353.23,
                dippr105(m, 1.0259, 0.26666, 562.05, 0.28394),
                dippr101(83.107, -6486.2, -9.2194, 6.9844E-06, 2),
                dippr106(m, 562.05, 45346, 0.39053, 0, 0),
                t -> (162940 - 344.94 * t + 0.85562 * t * t) / 1000 / m);
    }

    /** Chlorine with no vapour pressure correlation, for the missing-property checks. */
    static Substance chlorineWithoutVapourPressure() {
        Substance c = chlorine();
        return new Substance(c.id(), c.name(), c.casNumber(), c.molarMassKgPerMol(), c.normalBoilingPointK(),
                c.liquidDensityKgPerM3(), Optional.empty(), c.heatOfVaporisationJPerKg(),
                c.liquidHeatCapacityJPerKgK(), null, List.of());
    }

    private static Substance substance(String id, String name, String cas, double molarMassKgPerMol, double tbK,
                                       PropertyCorrelation density, PropertyCorrelation vapourPressure,
                                       PropertyCorrelation heatOfVaporisation, PropertyCorrelation heatCapacity) {
        return new Substance(id, name, cas, molarMassKgPerMol, tbK, Optional.of(density), Optional.of(vapourPressure),
                Optional.of(heatOfVaporisation), Optional.of(heatCapacity), null, List.of());
    }

    /** DIPPR 101: ln(P/Pa) = C1 + C2/T + C3 ln T + C4 T^C5. */
    private static PropertyCorrelation dippr101(double c1, double c2, double c3, double c4, double c5) {
        return t -> Math.exp(c1 + c2 / t + c3 * Math.log(t) + c4 * Math.pow(t, c5));
    }

    /** DIPPR 105: ρ = M·C1/C2^(1 + (1 − T/C3)^C4), C1 in kmol/m³. */
    private static PropertyCorrelation dippr105(double molarMassKgPerMol, double c1, double c2, double c3, double c4) {
        return t -> molarMassKgPerMol * 1000 * c1 / Math.pow(c2, 1 + Math.pow(1 - t / c3, c4));
    }

    /** DIPPR 106: ΔH = C1 (1 − Tr)^(C2 + C3 Tr + C4 Tr²) J/mol, returned per kg. */
    private static PropertyCorrelation dippr106(double molarMassKgPerMol, double tcK, double c1, double c2, double c3,
                                                double c4) {
        return t -> {
            double tr = t / tcK;
            return c1 * Math.pow(1 - tr, c2 + c3 * tr + c4 * tr * tr) / molarMassKgPerMol;
        };
    }

    /** DIPPR 114 liquid c_p in J/(kmol·K), returned per kg. */
    private static PropertyCorrelation dippr114(double molarMassKgPerMol, double tcK, double a, double b, double c,
                                                double d) {
        return t -> {
            double tau = 1 - t / tcK;
            double cpPerKmol = a * a / tau + b - 2 * a * c * tau - a * d * tau * tau - c * c * Math.pow(tau, 3) / 3
                    - c * d * Math.pow(tau, 4) / 2 - d * d * Math.pow(tau, 5) / 5;
            return cpPerKmol / 1000 / molarMassKgPerMol;
        };
    }
}
