package org.cbrnsim.response.units;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cbrnsim.geo.Places;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.UnitSpec;
import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.sim.ExerciseSimulation;

/**
 * The responder units of all agencies, in scenario order (agencies in file order, each agency's unit groups in
 * file order, a group of n units as {@code id-1 … id-n}, or {@code id} when n = 1); that order breaks every tie.
 * Answers "which units of type T of country C are free" and counts busy and available units for the metrics.
 * Units of another country can join at run time ({@link #add}); dispatch never picks them on its own.
 */
public final class Fleet {

    /** Time-series column: units not at their station. */
    public static final String METRIC_BUSY = "units_busy";
    /** Time-series column: units at their station. */
    public static final String METRIC_AVAILABLE = "units_available";

    private final Places places;
    private final ResponseEvents events;
    private final Map<String, ResponseUnit> byId = new LinkedHashMap<>();

    /**
     * The units of {@code agencies}, all at their stations.
     *
     * @throws IllegalArgumentException for a station that is not a place or a repeated unit id
     */
    public Fleet(List<AgencySpec> agencies, Places places, ResponseEvents events) {
        this.places = Objects.requireNonNull(places, "places");
        this.events = Objects.requireNonNull(events, "events");
        for (AgencySpec agency : agencies) {
            for (UnitSpec spec : agency.units()) {
                for (int k = 1; k <= spec.count(); k++) {
                    add(new ResponseUnit(spec.count() == 1 ? spec.id() : spec.id() + "-" + k, agency, spec));
                }
            }
        }
    }

    /**
     * Adds a unit (e.g. one sent from abroad); it starts at its station.
     *
     * @throws IllegalArgumentException when its id is taken or its station is not a place
     */
    public void add(ResponseUnit unit) {
        places.get(unit.stationId());
        if (byId.putIfAbsent(unit.id(), unit) != null) {
            throw new IllegalArgumentException("unit id " + unit.id() + " appears twice");
        }
    }

    /** All units, in fleet order. */
    public List<ResponseUnit> all() {
        return List.copyOf(byId.values());
    }

    /** The unit {@code id}; {@link IllegalArgumentException} when there is none. */
    public ResponseUnit get(String id) {
        ResponseUnit unit = byId.get(id);
        if (unit == null) {
            throw new IllegalArgumentException("unknown unit id '" + id + "'");
        }
        return unit;
    }

    /** The units of {@code type} of agencies of {@code countryCode} that are at their station, in fleet order. */
    public List<ResponseUnit> available(UnitType type, String countryCode) {
        List<ResponseUnit> found = new ArrayList<>();
        for (ResponseUnit unit : byId.values()) {
            if (unit.isAvailable() && unit.type() == type && unit.countryCode().equals(countryCode)) {
                found.add(unit);
            }
        }
        return found;
    }

    /** Units at their station. */
    public int availableCount() {
        return (int) byId.values().stream().filter(ResponseUnit::isAvailable).count();
    }

    /** Units not at their station (called out, en route, on scene, transporting or returning). */
    public int busyCount() {
        return byId.size() - availableCount();
    }

    /** Units of {@code type} at their station. */
    public int availableCount(UnitType type) {
        return (int) byId.values().stream().filter(u -> u.type() == type && u.isAvailable()).count();
    }

    /** Units of {@code type} not at their station. */
    public int busyCount(UnitType type) {
        return (int) byId.values().stream().filter(u -> u.type() == type && !u.isAvailable()).count();
    }

    /** The unit types present, in {@link UnitType} order. */
    public Set<UnitType> types() {
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        byId.values().forEach(unit -> types.add(unit.type()));
        return types;
    }

    /** The time-series column of busy units of {@code type}, e.g. {@code units_busy_fire_engine}. */
    public static String busyMetric(UnitType type) {
        return METRIC_BUSY + "_" + type.yamlName();
    }

    /**
     * Adds the columns {@link #METRIC_BUSY}, {@link #METRIC_AVAILABLE} and {@link #busyMetric} of every type present
     * now; units added later count in the totals and in their type's column if it exists.
     */
    public void registerMetrics(ExerciseSimulation simulation) {
        simulation.addMetric(METRIC_BUSY, this::busyCount);
        simulation.addMetric(METRIC_AVAILABLE, this::availableCount);
        for (UnitType type : types()) {
            simulation.addMetric(busyMetric(type), () -> busyCount(type));
        }
    }

    /**
     * The unit on scene begins {@code task} at {@code tS} (a task of the scene: size-up, detection, cordon, rescue,
     * decontamination, triage or treatment); tells {@link ResponseEvents#unitTask}.
     *
     * @throws IllegalArgumentException for a task of moving (called out, en route, transport, returning, available):
     *                                  those belong to the {@link Dispatcher}
     * @throws IllegalStateException    when the unit is not on scene
     */
    public void startTask(ResponseUnit unit, UnitTask task, double tS) {
        if (stateOf(task) != UnitState.ON_SCENE) {
            throw new IllegalArgumentException(task.label() + " is not a task on scene; the dispatcher moves units");
        }
        if (unit.state() != UnitState.ON_SCENE) {
            throw new IllegalStateException("unit " + unit.id() + " cannot begin " + task.label()
                    + ": it is not on scene but " + unit.state());
        }
        setTask(unit, task, unit.placeId(), tS);
    }

    /** Sets the unit's task and the state it implies, and tells the event log the task's place. */
    void setTask(ResponseUnit unit, UnitTask task, String placeId, double tS) {
        unit.setTask(task, stateOf(task));
        events.unitTask(tS, unit.id(), unit.countryCode(), task, placeId);
    }

    private static UnitState stateOf(UnitTask task) {
        return switch (task) {
            case CALLED_OUT -> UnitState.CALLED_OUT;
            case EN_ROUTE -> UnitState.EN_ROUTE;
            case TRANSPORT -> UnitState.TRANSPORTING;
            case RETURNING -> UnitState.RETURNING;
            case AVAILABLE -> UnitState.AT_STATION;
            case SIZE_UP, DETECTION, CORDON, RESCUE, DECONTAMINATION, TRIAGE, TREATMENT -> UnitState.ON_SCENE;
        };
    }
}
