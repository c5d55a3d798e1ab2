package org.cbrnsim.viz.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.cbrnsim.viz.run.ResponseRuns.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The timelines keep the first departure of each place and the first arrival, decontamination line, admission and
 * death before care of each country; everything else passes.
 */
class MilestonesTest {

    @Test
    void keepsTheFirstOfEachThinnedTypeByPlaceOrCountry() {
        List<RunEvent> events = List.of(
                event(10, "first_call", "", "UA", "tank", ""),
                event(20, "evacuation_started", "residents", "UA", "town", "3 residents set out"),
                event(30, "evacuation_started", "residents", "UA", "town", "5 residents set out"),
                event(40, "evacuation_started", "residents", "UA", "village", "2 residents set out"),
                event(700, "unit_on_scene", "amb-1", "UA", "tank", "ambulance on scene 690 s after the call"),
                event(750, "unit_on_scene", "amb-2", "UA", "tank", "ambulance on scene 740 s after the call"),
                event(900, "unit_on_scene", "amb-9", "MD", "tank", "ambulance on scene 890 s after the call"),
                event(1000, "decon_opened", "decon-1", "UA", "tank", ""),
                event(1100, "decon_opened", "decon-2", "UA", "tank", ""),
                event(2000, "patient_admitted", "h1", "UA", "p1", "minor, into ed"),
                event(2100, "patient_admitted", "h1", "UA", "p2", "minor, into ed"),
                event(2200, "died_before_care", "", "UA", "p3", "died before reaching care"),
                event(2300, "died_before_care", "", "UA", "p4", "died before reaching care"),
                event(2400, "died_in_hospital", "h1", "UA", "p5", "died in hospital"),
                event(2500, "cordon_set", "pol-1", "UA", "tank", ""),
                event(2600, "cordon_set", "pol-1", "UA", "tank", ""));
        List<Double> kept = Milestones.of(events).stream().map(RunEvent::tS).toList();
        assertEquals(List.of(10.0, 20.0, 40.0, 700.0, 900.0, 1000.0, 2000.0, 2200.0, 2400.0, 2500.0, 2600.0), kept);
    }
}
