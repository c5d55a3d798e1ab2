package org.cbrnsim.response.units;

import java.util.Objects;
import java.util.Set;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.scenario.PpeLevel;
import org.cbrnsim.scenario.UnitSpec;
import org.cbrnsim.scenario.UnitType;

/**
 * One responder unit (a vehicle with its crew) of an agency: what it is, from the scenario's {@link UnitSpec} and
 * {@link AgencySpec}, and where it is in its cycle: its {@link UnitState}, its current {@link UnitTask}, the place
 * it is at or driving to, and when it gets there. The state changes only through {@link Fleet#startTask} and the
 * {@link Dispatcher}; everything else reads it.
 */
public final class ResponseUnit {

    private final String id;
    private final AgencySpec agency;
    private final UnitSpec spec;
    private UnitState state = UnitState.AT_STATION;
    private UnitTask task = UnitTask.AVAILABLE;
    private String placeId;
    private double arrivalS = Double.NEGATIVE_INFINITY;

    /**
     * A unit named {@code id} built from {@code spec} of {@code agency}, at its station.
     *
     * @throws IllegalArgumentException when {@code spec} is not one of the agency's units
     */
    public ResponseUnit(String id, AgencySpec agency, UnitSpec spec) {
        this.id = Objects.requireNonNull(id, "id");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.spec = Objects.requireNonNull(spec, "spec");
        if (!agency.units().contains(spec)) {
            throw new IllegalArgumentException("unit " + spec.id() + " is not a unit of agency " + agency.id());
        }
        this.placeId = spec.stationId();
    }

    /** The unit's id ({@code <unit spec id>-k}, or the spec's id when it makes one unit). */
    public String id() {
        return id;
    }

    /** What kind of unit. */
    public UnitType type() {
        return spec.type();
    }

    /** Its agency's id. */
    public String agencyId() {
        return agency.id();
    }

    /** What its agency does (it sets the turnout time: EMS or fire). */
    public AgencyKind agencyKind() {
        return agency.kind();
    }

    /** ISO code of its agency's country. */
    public String countryCode() {
        return agency.countryCode();
    }

    /** The place it is stationed at. */
    public String stationId() {
        return spec.stationId();
    }

    /** People in its crew. */
    public int crew() {
        return spec.crew();
    }

    /** What it can do. */
    public Set<Capability> capabilities() {
        return spec.capabilities();
    }

    /** Whether it can do {@code capability}. */
    public boolean has(Capability capability) {
        return spec.capabilities().contains(capability);
    }

    /** What its crew wears on scene. */
    public PpeLevel ppe() {
        return spec.ppe();
    }

    /** Delay before an on-call crew can leave (s); 0 for a crew on duty. */
    public double callOutS() {
        return spec.callOutS();
    }

    /** Where it is in its cycle. */
    public UnitState state() {
        return state;
    }

    /** What it is doing now ({@link UnitTask#AVAILABLE} at the station). */
    public UnitTask task() {
        return task;
    }

    /** True when dispatch may pick it: at its station. */
    public boolean isAvailable() {
        return state.isAvailable();
    }

    /** The place it is at, or driving to. */
    public String placeId() {
        return placeId;
    }

    /** When it reaches (or reached) {@link #placeId()} (s after T0); −∞ for a unit that has not moved. */
    public double arrivalS() {
        return arrivalS;
    }

    /** True while it is driving (its arrival is later than {@code nowS}). */
    public boolean isMovingAt(double nowS) {
        return arrivalS > nowS;
    }

    void setTask(UnitTask task, UnitState state) {
        this.task = task;
        this.state = state;
    }

    void headFor(String placeId, double arrivalS) {
        this.placeId = placeId;
        this.arrivalS = arrivalS;
    }

    @Override
    public String toString() {
        return id + " (" + type().yamlName() + ", " + agency.id() + ", " + state + ")";
    }
}
