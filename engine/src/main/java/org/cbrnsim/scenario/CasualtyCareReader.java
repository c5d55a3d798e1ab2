package org.cbrnsim.scenario;

import java.util.List;
import java.util.Optional;
import org.cbrnsim.scenario.ResponseParameters.Decon;
import org.cbrnsim.scenario.ResponseParameters.Hospitals;
import org.cbrnsim.scenario.ResponseParameters.Triage;
import org.cbrnsim.units.Dimension;

/**
 * Reads the casualty-care parts of {@code response:} ({@code decontamination}, {@code triage},
 * {@code hospitals}) for {@link ResponseReader}: each key optional, defaulting to the one value it names.
 */
final class CasualtyCareReader {

    static final List<String> DECON_KEYS = List.of("setup", "disrobe", "shower", "rerobe", "disrobe_stations",
            "shower_stations", "rerobe_stations", "non_ambulatory_factor", "service_cv");
    static final List<String> TRIAGE_KEYS = List.of("system", "time", "delayed_to_immediate",
            "immediate_to_dead", "retriage");
    static final List<String> HOSPITAL_KEYS = List.of("ed_time", "minor_observation", "contingency_surge",
            "early_discharge", "early_discharge_time", "self_referral", "default_occupancy");
    static final Choices<TriageSystem> SYSTEMS =
            Choices.of("a triage system", List.of(TriageSystem.values()), TriageSystem::yamlName);

    private CasualtyCareReader() {
    }

    static Optional<Decon> decon(YamlMapping m, Decon d) {
        Optional<Double> setupS = m.optional("setup", v -> v.nonNegative(Dimension.TIME), d.setupS());
        Optional<Double> disrobeS = m.optional("disrobe", v -> v.positive(Dimension.TIME), d.disrobeS());
        Optional<Double> showerS = m.optional("shower", v -> v.positive(Dimension.TIME), d.showerS());
        Optional<Double> rerobeS = m.optional("rerobe", v -> v.positive(Dimension.TIME), d.rerobeS());
        Optional<Integer> disrobeStations = m.optional("disrobe_stations", v -> v.integerAtLeast(1), d.disrobeStations());
        Optional<Integer> showerStations = m.optional("shower_stations", v -> v.integerAtLeast(1), d.showerStations());
        Optional<Integer> rerobeStations = m.optional("rerobe_stations", v -> v.integerAtLeast(1), d.rerobeStations());
        Optional<Double> factor = m.optional("non_ambulatory_factor", v -> v.number().flatMap(n -> v.atLeast(n, 1, "")),
                d.nonAmbulatoryFactor());
        Optional<Double> cv = m.optional("service_cv", v -> v.number().flatMap(n -> v.atLeast(n, 0, "")), d.serviceCv());
        if (setupS.isEmpty() || disrobeS.isEmpty() || showerS.isEmpty() || rerobeS.isEmpty() || disrobeStations.isEmpty()
                || showerStations.isEmpty() || rerobeStations.isEmpty() || factor.isEmpty() || cv.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Decon(setupS.get(), disrobeS.get(), showerS.get(), rerobeS.get(), disrobeStations.get(),
                showerStations.get(), rerobeStations.get(), factor.get(), cv.get()));
    }

    static Optional<Triage> triage(YamlMapping m, Triage d) {
        Optional<TriageSystem> system = m.optional("system", v -> v.choice(SYSTEMS), d.system());
        Optional<Double> triageS = m.optional("time", v -> v.nonNegative(Dimension.TIME), d.triageS());
        Optional<Double> delayedS = m.optional("delayed_to_immediate", v -> v.positive(Dimension.TIME),
                d.delayedToImmediateS());
        Optional<Double> immediateS = m.optional("immediate_to_dead", v -> v.positive(Dimension.TIME), d.immediateToDeadS());
        Optional<Double> retriageS = m.optional("retriage", v -> v.positive(Dimension.TIME), d.retriageS());
        if (system.isEmpty() || triageS.isEmpty() || delayedS.isEmpty() || immediateS.isEmpty()
                || retriageS.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Triage(system.get(), triageS.get(), delayedS.get(), immediateS.get(),
                retriageS.get()));
    }

    static Optional<Hospitals> hospitals(YamlMapping m, Hospitals d) {
        Optional<Double> edS = m.optional("ed_time", v -> v.positive(Dimension.TIME), d.edTimeS());
        Optional<Double> observationS = m.optional("minor_observation", v -> v.positive(Dimension.TIME),
                d.minorObservationS());
        Optional<Double> surge = m.optional("contingency_surge", YamlValue::fraction, d.contingencySurgeShare());
        Optional<Double> discharge = m.optional("early_discharge", YamlValue::fraction, d.earlyDischargeShare());
        Optional<Double> dischargeS = m.optional("early_discharge_time", v -> v.positive(Dimension.TIME),
                d.earlyDischargeS());
        Optional<Double> selfReferral = m.optional("self_referral", YamlValue::fraction, d.selfReferralShare());
        Optional<Double> occupancy = m.optional("default_occupancy", YamlValue::fraction, d.defaultOccupancy());
        if (edS.isEmpty() || observationS.isEmpty() || surge.isEmpty() || discharge.isEmpty() || dischargeS.isEmpty()
                || selfReferral.isEmpty() || occupancy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Hospitals(edS.get(), observationS.get(), surge.get(), discharge.get(), dischargeS.get(),
                selfReferral.get(), occupancy.get()));
    }
}
