package org.cbrnsim.viz.run;

import org.cbrnsim.record.UnitOnScene;
import org.cbrnsim.scenario.UnitType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The arrivals of responder units on scene (events.csv, unit_on_scene), each with its response time from the first
 * call (read from the event's detail) and the unit's type: from the scenario's units, or else the first word of the
 * detail ("ambulance on scene 742 s after the call").
 */
public final class UnitArrivals {

    /**
     * One arrival.
     *
     * @param tS        when (s after T0)
     * @param unitId    the unit
     * @param country   the unit's country
     * @param type      the unit's kind
     * @param responseS first call to arrival (s)
     */
    public record Arrival(double tS, String unitId, String country, UnitType type, double responseS) {

        public Arrival {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(type, "type");
        }
    }

    private UnitArrivals() {
    }

    /**
     * The first arrival of each unit, in time order: its response; its later arrivals (an ambulance back from a
     * hospital, at a casualty's home) are its work. Events whose detail gives no response time or unit type are left out.
     */
    public static List<Arrival> of(RunRecord run) {
        UnitRoster roster = UnitRoster.of(run.scenario());
        List<Arrival> arrivals = new ArrayList<>();
        java.util.Set<String> arrived = new java.util.HashSet<>();
        for (RunEvent event : run.events()) {
            if (!event.type().equals(UnitOnScene.TYPE) || !arrived.add(event.actor())) {
                continue;
            }
            OptionalDouble responseS = UnitOnScene.responseS(event.detail());
            Optional<UnitType> type = roster.type(event.actor()).or(() -> typeInDetail(event.detail()));
            if (responseS.isPresent() && type.isPresent()) {
                arrivals.add(new Arrival(event.tS(), event.actor(), event.country(), type.get(), responseS.getAsDouble()));
            }
        }
        return arrivals;
    }

    private static Optional<UnitType> typeInDetail(String detail) {
        String first = detail.split(" ", 2)[0];
        return Arrays.stream(UnitType.values()).filter(t -> t.yamlName().equals(first)).findFirst();
    }
}
