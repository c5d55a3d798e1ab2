package org.cbrnsim.run;

import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.record.CordonSet;
import org.cbrnsim.record.DeconOpened;
import org.cbrnsim.record.PatientAdmitted;
import org.cbrnsim.record.PatientDied;
import org.cbrnsim.record.RespondersInjured;
import org.cbrnsim.record.SimEvent;
import org.cbrnsim.record.TimeSeries;
import org.cbrnsim.record.UnitOnScene;
import org.cbrnsim.record.WarningIssued;
import org.cbrnsim.scenario.HealthSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key figures of a run, from its time series and events: health outcomes at the end, the largest numbers
 * above each AEGL tier, sheltered and evacuated, when the first warning went out, and how much was released.
 */
final class RunKpis {

    /** How sought_care, admitted, icu and dead are counted (summary.json notes). */
    static final String OUTCOME_COUNTING = "cumulative and nested, as incident reports count: sought_care (everyone whose"
            + " injury sent them to care, or worse, plus the worried well) includes admitted, which includes icu, which"
            + " includes dead";

    /** The column that shows a run has responders. */
    private static final String UNITS_BUSY = "units_busy";
    private static final String HOSPITAL_OCCUPIED = "hospital_occupied_";

    private RunKpis() {
    }

    static Map<String, Double> of(TimeSeries series, List<? extends SimEvent> events, double releasedKg) {
        Map<String, Double> kpis = new LinkedHashMap<>();
        kpis.put("released_kg", releasedKg);
        for (String name : List.of("dead", "icu", "admitted", "sought_care", "worried_well", "evacuated")) {
            kpis.put(name, last(series, name));
        }
        for (String name : List.of("above_aegl3", "above_aegl2", "above_aegl1", "sheltered", "evacuating", "warned")) {
            kpis.put("max_" + name, max(series, name));
        }
        kpis.put("first_warning_s", first(events, WarningIssued.class));
        if (series.metricNames().contains(UNITS_BUSY)) {
            responseKpis(kpis, series, events);
        }
        return kpis;
    }

    /**
     * The response's key figures: when the first unit was on scene, the cordon stood, the first decontamination
     * line opened and the first patient reached hospital (s after T0, null when never); deaths in hospital and
     * before care (everyone else who died: killed outright by the exposure, or dead waiting for care); responders
     * injured; and each hospital's peak of occupied beds ({@code peak_occupied_beds_<hospital>}).
     */
    private static void responseKpis(Map<String, Double> kpis, TimeSeries series, List<? extends SimEvent> events) {
        kpis.put("first_unit_on_scene_s", first(events, UnitOnScene.class));
        kpis.put("cordon_set_s", first(events, CordonSet.class));
        kpis.put("first_decon_s", first(events, DeconOpened.class));
        kpis.put("first_patient_in_hospital_s", first(events, PatientAdmitted.class));
        double inHospital = events.stream().filter(e -> e instanceof PatientDied d && d.inHospital()).count();
        kpis.put("deaths_in_hospital", inHospital);
        kpis.put("deaths_before_care", last(series, "dead") - inHospital);
        kpis.put("responders_injured", (double) events.stream().filter(e -> e instanceof RespondersInjured)
                .mapToInt(e -> ((RespondersInjured) e).injured()).sum());
        for (String name : series.metricNames()) {
            if (name.startsWith(HOSPITAL_OCCUPIED)) {
                kpis.put("peak_occupied_beds_" + name.substring(HOSPITAL_OCCUPIED.length()), max(series, name));
            }
        }
    }

    private static double first(List<? extends SimEvent> events, Class<? extends SimEvent> type) {
        return events.stream().filter(type::isInstance).mapToDouble(SimEvent::tS).min().orElse(Double.NaN);
    }

    /**
     * The notes of summary.json on the health model: the lethality probit set used and why, and how the
     * outcome counts are counted.
     */
    static Map<String, String> healthNotes(HealthSpec health, Substance substance) {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("lethality_probit", health.setFor(substance));
        notes.put("lethality_probit_reason", health.reasonFor(substance));
        notes.put("outcome_counting", OUTCOME_COUNTING);
        return notes;
    }

    private static int column(TimeSeries series, String name) {
        int column = series.metricNames().indexOf(name);
        if (column < 0) {
            throw new IllegalStateException("no metric \"" + name + "\" in the time series");
        }
        return column;
    }

    private static double last(TimeSeries series, String name) {
        return series.rowCount() == 0 ? 0 : series.value(series.rowCount() - 1, column(series, name));
    }

    private static double max(TimeSeries series, String name) {
        int column = column(series, name);
        double max = 0;
        for (int row = 0; row < series.rowCount(); row++) {
            max = Math.max(max, series.value(row, column));
        }
        return max;
    }
}
