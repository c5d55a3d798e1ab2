package org.cbrnsim.hazard.substance;

import org.cbrnsim.units.IdealGas;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;


/**
 * The tiered emergency exposure guidelines known for a substance: at most one table per system
 * (AEGL, ERPG, PAC), each with tiers 1–3 at 10 min, 30 min, 1 h, 4 h and 8 h.
 *
 * @param tables the guideline tables, at most one per system
 */
public record ExposureGuidelines(List<GuidelineTable> tables) {

    /** Requires at most one table per system; keeps the tables in ALOHA's order of preference. */
    public ExposureGuidelines {
        Set<GuidelineSystem> seen = EnumSet.noneOf(GuidelineSystem.class);
        for (GuidelineTable table : tables) {
            if (!seen.add(table.system())) {
                throw new IllegalArgumentException("more than one " + table.system() + " table");
            }
        }
        tables = tables.stream().sorted(Comparator.comparing(GuidelineTable::system)).toList();
    }

    /** No guidelines at all. */
    public static ExposureGuidelines none() {
        return new ExposureGuidelines(List.of());
    }

    /** The table of {@code system}, if the substance has one. */
    public Optional<GuidelineTable> table(GuidelineSystem system) {
        return tables.stream().filter(t -> t.system() == system).findFirst();
    }

    /**
     * The table ALOHA would take its levels of concern from: AEGL, else ERPG, else PAC
     * (ALOHA's default LOC hierarchy, dispersion.md §1.8).
     */
    public Optional<GuidelineTable> preferred() {
        return tables.stream().findFirst();
    }

    /**
     * A level of {@code system} in ppm, converted from mg/m³ where the table is in mg/m³ with the
     * ideal-gas molar volume R·T/P at {@code temperatureK} and 101 325 Pa. Empty when the system,
     * or the level (not recommended, missing), is absent.
     */
    public OptionalDouble ppm(GuidelineSystem system, int tier, GuidelineDuration duration,
                              double molarMassKgPerMol, double temperatureK) {
        Optional<GuidelineTable> table = table(system);
        if (table.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble level = table.get().value(tier, duration).level();
        if (level.isEmpty() || table.get().unit() == ConcentrationUnit.PPM) {
            return level;
        }
        double kgPerM3 = table.get().unit().toKgPerM3(level.getAsDouble(), molarMassKgPerMol,
                temperatureK, IdealGas.STANDARD_PRESSURE_PA);
        return OptionalDouble.of(IdealGas.kgPerM3ToPpm(kgPerM3, molarMassKgPerMol, temperatureK,
                IdealGas.STANDARD_PRESSURE_PA));
    }

    /**
     * The default levels of concern the way ALOHA picks them (dispersion.md §1.8): the 60-min
     * tier-3/2/1 levels of the AEGL table, else of the ERPG table, else of the PAC table, in ppm
     * at {@code temperatureK} and 101 325 Pa. Empty when the substance has no guideline table.
     */
    public Optional<LevelsOfConcern> defaultLevelsOfConcernPpm(double molarMassKgPerMol, double temperatureK) {
        return preferred().map(table -> new LevelsOfConcern(table.system(),
                ppm(table.system(), 3, GuidelineDuration.HOUR_1, molarMassKgPerMol, temperatureK),
                ppm(table.system(), 2, GuidelineDuration.HOUR_1, molarMassKgPerMol, temperatureK),
                ppm(table.system(), 1, GuidelineDuration.HOUR_1, molarMassKgPerMol, temperatureK)));
    }
}
