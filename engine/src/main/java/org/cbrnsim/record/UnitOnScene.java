package org.cbrnsim.record;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cbrnsim.scenario.UnitType;

/**
 * A responder unit arrived at the scene. Its response time (first call to arrival) is in the detail, so that the
 * debrief's response-time chart is rebuilt from events.csv alone ({@link #responseS(String)} reads it back).
 *
 * @param tS        time (s after T0)
 * @param unitId    the unit (the actor)
 * @param unitType  its kind
 * @param country   country of the unit
 * @param placeId   the scene (the subject)
 * @param responseS time from the first emergency call to the arrival (s), ≥ 0
 */
public record UnitOnScene(double tS, String unitId, UnitType unitType, String country, String placeId,
                          double responseS) implements SimEvent {

    public static final String TYPE = "unit_on_scene";

    private static final Pattern RESPONSE = Pattern.compile(" on scene (\\d+) s after the call$");

    public UnitOnScene {
        EventChecks.time(tS);
        EventChecks.text("unitId", unitId);
        EventChecks.given("unitType", unitType);
        EventChecks.text("country", country);
        EventChecks.text("placeId", placeId);
        EventChecks.amount("responseS", responseS);
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

    /** "ambulance on scene 742 s after the call" (whole seconds). */
    @Override
    public String detail() {
        return unitType.yamlName() + " on scene " + Math.round(responseS) + " s after the call";
    }

    /** The response time (s) in a detail this record wrote; empty for any other text. */
    public static OptionalDouble responseS(String detail) {
        Matcher m = RESPONSE.matcher(detail);
        return m.find() ? OptionalDouble.of(Long.parseLong(m.group(1))) : OptionalDouble.empty();
    }
}
