package org.cbrnsim.viz.run;

import org.cbrnsim.scenario.ResponseSpec;
import org.cbrnsim.scenario.UnitType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The units of a scenario are named as the run names them: the group's id when alone, "id-n" when several. */
class UnitRosterTest {

    @Test
    void groupsOfOneKeepTheirIdAndLargerGroupsAreNumbered() {
        UnitRoster roster = UnitRoster.of(ResponseRuns.withResponse(ResponseRuns.dniester(), ResponseRuns.response(0)));
        assertEquals(List.of("cmd-ua", "fire-mp-1", "fire-mp-2", "fire-mp-3", "hazmat-vin", "det-mp", "decon-mp-1",
                "decon-mp-2", "amb-mp-1", "amb-mp-2", "amb-mp-3", "amb-mp-4", "amb-mp-5", "amb-mp-6", "pol-mp-1",
                "pol-mp-2", "fire-otaci-1", "fire-otaci-2", "decon-md", "amb-otaci-1", "amb-otaci-2", "amb-otaci-3",
                "amb-otaci-4"), roster.unitIds());
        assertEquals(Optional.of(UnitType.AMBULANCE), roster.type("amb-otaci-4"));
        assertEquals(Optional.of(UnitType.COMMAND), roster.type("cmd-ua"));
        assertEquals(Optional.empty(), roster.type("amb-otaci-5"), "a group of 4 has no fifth unit");
        assertEquals(Optional.empty(), roster.type("fire-mp"), "a group of 3 has no unit named by the group alone");
        assertEquals(1, roster.order("fire-mp-1"));
        assertEquals(-1, roster.order("nobody"));
    }

    @Test
    void aScenarioWithoutAgenciesHasNoUnits() {
        assertEquals(List.of(), UnitRoster.of(ResponseRuns.withResponse(ResponseRuns.dniester(), ResponseSpec.none())).unitIds());
    }
}
