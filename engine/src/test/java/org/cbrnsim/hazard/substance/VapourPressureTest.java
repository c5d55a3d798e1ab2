package org.cbrnsim.hazard.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Vapour-pressure sets against the numbers of substances.md §4 computed from the same coefficients. */
class VapourPressureTest {

    private static final SubstanceLibrary LIBRARY = SubstanceLibrary.bundled();
    /** "In most cases they agree within 0.5 K" (substances.md §0, self-consistency check). */
    private static final double NOTES_AGREEMENT_K = 0.5;

    /**
     * Every set with an implied boiling point in substances.md Tables 4a–4d: substance, set label,
     * "Tb implied" as printed, tabulated Tb (Table 2), and the allowed distance between the
     * computed implied Tb and the tabulated one.
     */
    static Stream<Arguments> impliedBoilingPoints() {
        return Stream.of(
                row("chlorine", "DIPPR 101 (Perry)", "239.16", 239.11),
                row("chlorine", "Antoine low (Poling)", "239.13", 239.11),
                row("chlorine", "Antoine high (NIST)", "239.30", 239.11),
                row("chlorine", "Wagner (VDI, cross-check)", "239.17", 239.11),
                row("ammonia", "DIPPR 101 (Perry)", "239.75", 239.82),
                row("ammonia", "Antoine low (Poling)", "239.72", 239.82),
                row("ammonia", "Antoine high (NIST)", "239.46", 239.82),
                row("hydrogen-sulfide", "DIPPR 101 (Perry)", "212.93", 212.85),
                row("hydrogen-sulfide", "Antoine low (Poling)", "212.84", 212.85),
                row("hydrogen-sulfide", "Antoine high (NIST)", "212.47", 212.85),
                row("sulfur-dioxide", "DIPPR 101 (Perry)", "263.15", 263.1),
                row("sulfur-dioxide", "Antoine low (Poling)", "263.13", 263.1),
                row("sulfur-dioxide", "Antoine high (NIST)", "263.14", 263.1),
                row("hydrogen-fluoride", "DIPPR 101 (Perry)", "292.78", 292.67),
                row("hydrogen-fluoride", "Antoine (Poling)", "292.68", 292.67),
                row("hydrogen-fluoride", "Antoine (NIST)", "292.88", 292.67),
                row("hydrogen-chloride", "DIPPR 101 (Perry)", "188.07", 188.15),
                row("hydrogen-chloride", "Antoine low (Poling)", "188.14", 188.15),
                row("hydrogen-chloride", "Antoine high (NIST)", "188.33", 188.15),
                row("hydrogen-cyanide", "DIPPR 101 (Perry)", "298.81", 298.78),
                row("hydrogen-cyanide", "Antoine (NIST)", "298.79", 298.78),
                row("hydrogen-cyanide", "Antoine (Landolt)", "298.95", 298.78),
                row("phosgene", "Wagner (VDI)", "280.87", 280.71),
                row("phosgene", "Antoine (NIST)", "280.71", 280.71),
                row("nitrogen-dioxide", "Wagner (VDI)", "294.31", 294.3),
                // flagged in substances.md Table 4a and §12 #3: 0.8 K low
                row("nitrogen-dioxide", "Antoine (NIST)", "293.47", 294.3, 0.85),
                row("methyl-isocyanate", "DIPPR 101 (Perry)", "311.94", 311.45),
                row("methyl-isocyanate", "Antoine (Landolt)", "311.70", 311.45),
                row("acrylonitrile", "DIPPR 101 (Perry)", "350.77", 350.35),
                // 0.78 K above the tabulated Tb; the notes print it without a flag
                row("acrylonitrile", "Antoine (NIST)", "351.13", 350.35, 0.8),
                row("ethylene-oxide", "DIPPR 101 (Perry)", "283.49", 283.55),
                row("ethylene-oxide", "Antoine (NIST)", "283.59", 283.55),
                // extrapolated far above the 273–303 K fit (§4d); CRC gives 147 °C
                row("sarin", "Clausius-Clapeyron fit to RAND data", "418.9", 420.15, 1.3),
                row("bromine", "DIPPR 101 (Perry)", "331.88", 331.95),
                row("bromine", "Antoine (Poling)", "331.90", 331.95),
                row("formaldehyde", "DIPPR 101 (Perry)", "254.02", 254.05),
                row("formaldehyde", "Antoine (NIST)", "254.13", 254.05),
                row("methyl-mercaptan", "DIPPR 101 (Perry)", "279.09", 279.15),
                row("methyl-mercaptan", "Antoine low (Poling)", "279.11", 279.15),
                // 0.76 K above the tabulated Tb; the notes print it without a flag
                row("methyl-mercaptan", "Antoine high (NIST)", "279.91", 279.15, 0.8),
                row("benzene", "DIPPR 101 (Perry)", "353.28", 353.23),
                row("benzene", "Antoine (Poling)", "353.16", 353.23),
                row("methanol", "DIPPR 101 (Perry)", "337.68", 337.65),
                row("methanol", "Antoine (Poling)", "337.68", 337.65),
                row("propane", "DIPPR 101 (Perry)", "231.08", 231.04),
                row("propane", "Antoine low (Poling)", "231.08", 231.04),
                row("n-butane", "DIPPR 101 (Perry)", "272.62", 272.65),
                row("n-butane", "Antoine low (Poling)", "272.66", 272.65),
                row("n-butane", "Antoine high (NIST)", "272.32", 272.65));
    }

    /** Sets without an implied Tb in the notes: the propane NIST set starts at 277.6 K, far above Tb. */
    private static final Set<String> NO_IMPLIED_BOILING_POINT = Set.of("propane/Antoine high (NIST)");

    private static Arguments row(String id, String label, String impliedTb, double tabulatedTb) {
        return row(id, label, impliedTb, tabulatedTb, NOTES_AGREEMENT_K);
    }

    private static Arguments row(String id, String label, String impliedTb, double tabulatedTb, double toleranceK) {
        return Arguments.of(id, label, impliedTb, tabulatedTb, toleranceK);
    }

    @ParameterizedTest(name = "{0} {1}: Tb implied {2} K")
    @MethodSource("impliedBoilingPoints")
    void everySetReproducesItsImpliedBoilingPoint(String id, String label, String impliedTb, double tabulatedTb,
                                                  double toleranceK) {
        double computed = ImpliedBoilingPoint.of(NamedSet.of(id, SubstanceProperty.VAPOUR_PRESSURE, label), tabulatedTb);
        PrintedValue.assertRoundsTo(impliedTb, computed, id + " " + label + " implied Tb");
        assertEquals(tabulatedTb, computed, toleranceK, id + " " + label + ": implied Tb against tabulated Tb");
    }

    @Test
    void everyVapourPressureSetIsCheckedAbove() {
        Set<String> checked = new HashSet<>(NO_IMPLIED_BOILING_POINT);
        impliedBoilingPoints().forEach(a -> checked.add(a.get()[0] + "/" + a.get()[1]));
        for (SubstanceEntry entry : LIBRARY.entries()) {
            for (Correlation c : entry.property(SubstanceProperty.VAPOUR_PRESSURE).sets()) {
                assertTrue(checked.contains(entry.id() + "/" + c.label()), "no Tb check for " + entry.id() + "/" + c.label());
            }
        }
    }

    /** Pressures in bar printed in substances.md Tables 1, 4a (P(20 °C) notes), 4b and 4c. */
    static Stream<Arguments> printedPressures() {
        List<Arguments> rows = new java.util.ArrayList<>();
        String dippr = "DIPPR 101 (Perry)";
        // Table 4b: P at 20, 40, 50 °C (bar) and P(Tmax) (MPa, converted to bar below)
        Object[][] table4b = {
                {"chlorine", "6.80", "11.49", "14.57", "7.79"},
                {"ammonia", "8.55", "15.50", "20.27", "11.30"},
                {"hydrogen-sulfide", "17.81", "28.62", "35.52", "9.00"},
                {"sulfur-dioxide", "3.37", "6.48", "8.68", "7.86"},
                {"hydrogen-fluoride", "1.03", "2.00", null, "6.49"}, // 50 °C: see hydrogenFluorideAt50C
                {"hydrogen-chloride", "42.06", "65.75", "81.04", "8.36"},
                {"hydrogen-cyanide", "0.816", "1.69", "2.35", "5.35"},
                {"methyl-isocyanate", "0.476", "1.06", "1.51", "5.48"},
                {"acrylonitrile", "0.115", "0.272", "0.399", "4.48"},
                {"ethylene-oxide", "1.46", "2.89", "3.92", "7.26"},
                {"bromine", "0.229", "0.521", "0.751", "10.28"},
                {"formaldehyde", "4.42", "8.09", "10.64", "6.59"},
                {"methyl-mercaptan", "1.70", "3.22", "4.29", "7.23"},
                {"benzene", "0.0999", "0.243", "0.361", "4.88"},
                {"propane", "8.37", "13.71", "17.15", "4.21"},
                {"n-butane", "2.08", "3.79", "4.96", "3.77"},
                {"methanol", "0.129", "0.354", "0.555", "8.15"}};
        for (Object[] r : table4b) {
            String id = (String) r[0];
            rows.add(Arguments.of(id, dippr, 293.15, r[1]));
            rows.add(Arguments.of(id, dippr, 313.15, r[2]));
            if (r[3] != null) {
                rows.add(Arguments.of(id, dippr, 323.15, r[3]));
            }
            rows.add(Arguments.of(id, dippr, Double.NaN, r[4])); // NaN: at Tmax, printed in MPa
        }
        // Table 4c (Wagner, VDI): P at 20, 40, 50 °C
        Object[][] table4c = {
                {"phosgene", "Wagner (VDI)", "1.59", "3.04", "4.07"},
                {"nitrogen-dioxide", "Wagner (VDI)", "0.959", "2.33", "3.49"},
                {"chlorine", "Wagner (VDI, cross-check)", "6.77", "11.46", "14.54"}};
        for (Object[] r : table4c) {
            rows.add(Arguments.of(r[0], r[1], 293.15, r[2]));
            rows.add(Arguments.of(r[0], r[1], 313.15, r[3]));
            rows.add(Arguments.of(r[0], r[1], 323.15, r[4]));
        }
        // Table 4a: "gives P(20 °C) = …" for the NIST high-temperature Antoine sets
        String nistHigh = "Antoine high (NIST)";
        rows.add(Arguments.of("chlorine", nistHigh, 293.15, "6.73"));
        rows.add(Arguments.of("ammonia", nistHigh, 293.15, "8.49"));
        rows.add(Arguments.of("hydrogen-sulfide", nistHigh, 293.15, "17.9"));
        rows.add(Arguments.of("sulfur-dioxide", nistHigh, 293.15, "3.38"));
        rows.add(Arguments.of("hydrogen-chloride", nistHigh, 293.15, "42.6"));
        rows.add(Arguments.of("methyl-mercaptan", nistHigh, 293.15, "1.65"));
        rows.add(Arguments.of("propane", nistHigh, 293.15, "8.38"));
        rows.add(Arguments.of("n-butane", nistHigh, 293.15, "2.08"));
        // Table 1: Psat(20 °C) of the sets that Table 4b does not cover
        rows.add(Arguments.of("sarin", "Clausius-Clapeyron fit to RAND data", 293.15, "0.0028"));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} at {2} K: {3}")
    @MethodSource("printedPressures")
    void pressuresMatchTheTables(String id, String label, double temperatureK, String printed) {
        Correlation set = NamedSet.of(id, SubstanceProperty.VAPOUR_PRESSURE, label);
        if (Double.isNaN(temperatureK)) {
            PrintedValue.assertRoundsTo(printed, set.at(set.maxTemperatureK()) / 1e6, id + " P(Tmax) in MPa");
        } else {
            PrintedValue.assertRoundsTo(printed, set.at(temperatureK) / 1e5, id + " P in bar");
        }
    }

    /**
     * Known gap in the notes: Table 4b prints 2.72 bar for HF at 50 °C, but its own DIPPR 101
     * coefficients give 2.7149 bar, which rounds to 2.71 (0.2 % below the printed value; the other
     * three HF pressures of the row reproduce). Kept visible here rather than loosened in the table.
     */
    @Test
    void hydrogenFluorideAt50C() {
        double computedBar = NamedSet.of("hydrogen-fluoride", SubstanceProperty.VAPOUR_PRESSURE, "DIPPR 101 (Perry)")
                .at(323.15) / 1e5;
        PrintedValue.assertRoundsTo("2.71", computedBar, "HF P(50 °C) from the Table 4b coefficients");
        assertEquals(2.72, computedBar, 0.006, "HF P(50 °C) against the printed 2.72 bar");
    }

    /**
     * The sarin fit against the four RAND data points it was fitted to (substances.md §4d, S21):
     * 2.10 mmHg at 20 °C, 2.9 mmHg at 25 °C, 66.5 Pa at 0 °C, 536 Pa at 30 °C. The notes say
     * "within 0.5 %"; the 25 °C point is 0.52 % off, inside the ±1.7 % that its two printed digits
     * carry. Tolerance: 0.5 % or half a unit of the printed datum, whichever is larger.
     */
    @Test
    void sarinFitReproducesRandData() {
        Correlation fit = NamedSet.of("sarin", SubstanceProperty.VAPOUR_PRESSURE, "Clausius-Clapeyron fit to RAND data");
        double paPerMmHg = 101_325.0 / 760.0;
        Object[][] points = {{293.15, "2.10", paPerMmHg}, {298.15, "2.9", paPerMmHg}, {273.15, "66.5", 1.0},
                {303.15, "536", 1.0}};
        for (Object[] p : points) {
            double unitPa = (double) p[2];
            double expectedPa = Double.parseDouble((String) p[1]) * unitPa;
            double tolerancePa = Math.max(0.005 * expectedPa, PrintedValue.halfUnit((String) p[1]) * unitPa);
            assertEquals(expectedPa, fit.at((double) p[0]), tolerancePa, "sarin P at " + p[0] + " K");
        }
    }
}
