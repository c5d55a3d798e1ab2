package org.cbrnsim.hazard.effects;

import org.cbrnsim.units.IdealGas;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's probits, pushed through {@link ToxicLoad} and {@link Lethality}, against the
 * implied LC50s of dispersion.md §5.2 (arithmetic checks printed in the notes) and the
 * Withers & Lees (1985) chlorine LC50s. The concentration giving P = 0.5 is solved for and must
 * match the printed LC50 to one unit of its last printed digit (the notes round, and for HCN
 * (Purple Book) truncate: 115.53 is printed as 115).
 */
class ProbitLc50Test {

    private static final String PURPLE_BOOK = "TNO Purple Book (CPR 18E) Table 5.2";
    private static final String LEES = "Lees (2005) / HSE OSD/30 Table 2";
    private static final String CCPS = "CCPS / Crowl & Louvar Table 2-5";
    private static final double K_25C = 298.15;
    private static final double THIRTY_MIN_S = 1800.0;

    static Stream<Arguments> impliedLc50s() {
        return Stream.of(
                Arguments.of("chlorine", PURPLE_BOOK, "1116"), Arguments.of("ammonia", PURPLE_BOOK, "5428"),
                Arguments.of("hydrogen-cyanide", PURPLE_BOOK, "115"),
                Arguments.of("hydrogen-sulfide", PURPLE_BOOK, "986"),
                Arguments.of("hydrogen-fluoride", PURPLE_BOOK, "785"), Arguments.of("phosgene", PURPLE_BOOK, "81"),
                Arguments.of("sulfur-dioxide", PURPLE_BOOK, "5803"),
                Arguments.of("nitrogen-dioxide", PURPLE_BOOK, "235"),
                Arguments.of("hydrogen-chloride", PURPLE_BOOK, "3172"),
                Arguments.of("methyl-isocyanate", PURPLE_BOOK, "54.5"),
                Arguments.of("acrylonitrile", PURPLE_BOOK, "2554"), Arguments.of("ethylene-oxide", PURPLE_BOOK, "4442"),
                Arguments.of("chlorine", LEES, "250"), Arguments.of("ammonia", LEES, "1.154E4"), // "11 540": four significant figures
                Arguments.of("hydrogen-sulfide", LEES, "441"), Arguments.of("hydrogen-cyanide", LEES, "277"),
                Arguments.of("hydrogen-fluoride", LEES, "6531"), Arguments.of("phosgene", LEES, "24"),
                Arguments.of("sulfur-dioxide", LEES, "627"), Arguments.of("nitrogen-dioxide", LEES, "150"),
                Arguments.of("hydrogen-chloride", LEES, "1852"), Arguments.of("methyl-isocyanate", CCPS, "115"));
    }

    @ParameterizedTest(name = "{0}, {1}: LC50(30 min) = {2}")
    @MethodSource("impliedLc50s")
    void thirtyMinuteLc50(String id, String set, String printedLc50) {
        assertLethalConcentration(id, set, THIRTY_MIN_S, 0.5, printedLc50);
    }

    /** Withers & Lees (1985), J. Hazard. Mater. 12:283: chlorine LC50 433 ppm at 10 min (dispersion.md §5.2). */
    @Test
    void chlorineTenMinuteLc50OfWithersAndLees() {
        assertLethalConcentration("chlorine", LEES, 600.0, 0.5, "433");
    }

    /** dispersion.md §5.2: chlorine LC01 at 30 min ≈ 71 ppm from both the Lees and the Purple Book sets. */
    @Test
    void chlorineThirtyMinuteLc01() {
        assertLethalConcentration("chlorine", LEES, THIRTY_MIN_S, 0.01, "71");
        Substance chlorine = SubstanceLibrary.bundled().require("chlorine");
        double lc01MgPerM3 = lethalConcentration(chlorine, probit(chlorine, PURPLE_BOOK), THIRTY_MIN_S, 0.01);
        double lc01Ppm = IdealGas.kgPerM3ToPpm(lc01MgPerM3 * 1e-6, chlorine.molarMassKgPerMol(), K_25C,
                IdealGas.STANDARD_PRESSURE_PA);
        assertEquals(71.0, lc01Ppm, 1.0, "Purple Book chlorine LC01 in ppm at 25 °C");
    }

    private static void assertLethalConcentration(String id, String set, double exposureS, double probability,
                                                  String printed) {
        Substance substance = SubstanceLibrary.bundled().require(id);
        double lc = lethalConcentration(substance, probit(substance, set), exposureS, probability);
        double oneUnitOfLastDigit = new BigDecimal(printed).ulp().doubleValue();
        assertEquals(Double.parseDouble(printed), lc, oneUnitOfLastDigit, id + " " + set);
    }

    private static ProbitFunction probit(Substance substance, String set) {
        return substance.probits().stream().filter(p -> p.setName().equals(set)).findFirst().orElseThrow();
    }

    /** The concentration (in the probit's unit) whose constant exposure for {@code exposureS} kills with P. */
    private static double lethalConcentration(Substance substance, ProbitFunction probit, double exposureS,
                                              double probability) {
        double molarMass = substance.molarMassKgPerMol();
        return new BrentSolver(1e-9, 1e-6).solve(200, c -> {
            ToxicLoad load = new ToxicLoad(probit, molarMass, K_25C, IdealGas.STANDARD_PRESSURE_PA);
            load.add(probit.concentrationUnit().toKgPerM3(c, molarMass, K_25C,
                    IdealGas.STANDARD_PRESSURE_PA), exposureS);
            return load.probabilityOfDeath() - probability;
        }, 1e-3, 1e6);
    }
}
