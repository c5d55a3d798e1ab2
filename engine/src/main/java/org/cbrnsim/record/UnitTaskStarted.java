package org.cbrnsim.record;

import org.cbrnsim.response.UnitTask;

/**
 * A responder unit began a task; it lasts until the unit's next task begins (or the run ends), so a unit's events
 * give its bar in the debrief's Gantt chart. The detail is the task's label alone ("en-route", "decontamination").
 *
 * @param tS      time (s after T0)
 * @param unitId  the unit (the actor)
 * @param country country of the unit
 * @param task    what it does from now on
 * @param placeId where it does it (the subject; "" when on the road)
 */
public record UnitTaskStarted(double tS, String unitId, String country, UnitTask task, String placeId)
        implements SimEvent {

    public static final String TYPE = "unit_task";

    public UnitTaskStarted {
        EventChecks.time(tS);
        EventChecks.text("unitId", unitId);
        EventChecks.text("country", country);
        EventChecks.given("task", task);
        EventChecks.text("placeId", placeId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String actor() {
        return unitId;
    }

    @Override
    public String subject() {
        return placeId;
    }

    /** The task's label, e.g. "en-route". */
    @Override
    public String detail() {
        return task.label();
    }
}
