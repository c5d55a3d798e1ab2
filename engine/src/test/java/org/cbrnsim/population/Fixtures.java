package org.cbrnsim.population;

import java.util.List;
import java.util.Optional;

import org.cbrnsim.hazard.substance.ProbitFunction;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.cbrnsim.units.IdealGas;

/** Shared inputs of the population tests: chlorine from the bundled library and the scenario-contract defaults. */
final class Fixtures {

    static final Substance CHLORINE = SubstanceLibrary.bundled().require("chlorine");
    static final double K_25C = 298.15;
    static final double ATM = IdealGas.STANDARD_PRESSURE_PA;
    /** Lees (2005) / HSE OSD/30 chlorine probit, ppm (dispersion.md §5.2 [V]). */
    static final ProbitFunction LEES = CHLORINE.probits().stream()
            .filter(p -> p.setName().startsWith("Lees")).findFirst().orElseThrow();
    /** TNO Purple Book chlorine probit, mg/m³ (dispersion.md §5.2 [S]). */
    static final ProbitFunction PURPLE_BOOK = CHLORINE.probits().stream()
            .filter(p -> p.setName().startsWith("TNO")).findFirst().orElseThrow();
    static final BuildingMix ALL_TIGHT = new BuildingMix(1, 0, 0, 0);
    static final StartShares ALL_INDOORS = new StartShares(1, 0, 0);
    static final StartShares ALL_OUTDOORS = new StartShares(0, 1, 0);
    /** The scenario contract's default channels (scenario-format.yaml population.warning.channels). */
    static final List<WarningChannel> DEFAULT_CHANNELS = List.of(
            new WarningChannel(ChannelKind.SIREN, 0.7, 1.8, 600),
            new WarningChannel(ChannelKind.CELL_BROADCAST, 0.8, 1.8, 600),
            new WarningChannel(ChannelKind.DOOR_TO_DOOR, 0.5, 1.8, 3600),
            new WarningChannel(ChannelKind.MEDIA, 0.6, 1.5, 1800));

    private Fixtures() {
    }

    static double chlorinePpm(double ppm) {
        return IdealGas.ppmToKgPerM3(ppm, CHLORINE.molarMassKgPerMol(), K_25C, ATM);
    }

    static HealthParameters chlorine(ProbitFunction probit) {
        return new HealthParameters(CHLORINE, Optional.ofNullable(probit), K_25C, ATM);
    }

    /** Contract defaults: shelter 0.7, evacuate 0.2, preparation median 15 min σ 0.5, walking 0.2, air out below AEGL-1. */
    static DecisionParameters defaultDecision() {
        return new DecisionParameters(0.7, 0.2, 900, 0.5, 0.2, chlorinePpm(0.5));
    }

    static PopulationParameters parameters(List<WarningChannel> channels, DecisionParameters decision,
                                           ProbitFunction probit) {
        return new PopulationParameters(AirExchangeRates.defaults(), channels, chlorinePpm(0.5), decision,
                chlorine(probit), 100.0, 0.0, OdourCue.NONE);
    }

    /** {@code agents} residents of place 0 (country 0) on a disc of {@code radiusM} at the origin. */
    static Residents town(int agents, double radiusM, StartShares atStart, long seed) {
        return ResidentPlacement.place(List.of(new ResidentPlace(0, 0, 0, 0, radiusM, agents, ALL_TIGHT)), 1, 1,
                atStart, new TestStreams(seed).stream(PopulationRandom.PLACEMENT));
    }

    /** A field uniform over space: {@code kgPerM3} everywhere. */
    static ConcentrationAt uniform(double kgPerM3) {
        return (xs, ys, count, out) -> java.util.Arrays.fill(out, 0, count, kgPerM3);
    }
}
