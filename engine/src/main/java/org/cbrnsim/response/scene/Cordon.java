package org.cbrnsim.response.scene;

import java.util.Objects;
import java.util.OptionalDouble;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.units.Incident;
import org.cbrnsim.response.units.ResponseUnit;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.EventScheduler;

/**
 * The cordon around a release: circles about the source [A] (the estimate is a distance, not a footprint, and
 * command isolates in all directions): the hot zone to max({@code Scene.minimumHotRadiusM}, the estimate of the
 * hot-zone tier), the warm zone from there to the estimate of the warm-zone tier (at least the hot radius), cold
 * beyond.
 *
 * <p>It stands {@code Scene.cordonSetupS} after the first traffic-control unit is on scene, or, when command has
 * no estimate by then, as soon as it has one. It never shrinks while the incident lasts [A]; when the estimate
 * grows it widens, {@code Scene.cordonSetupS} later (moving the road blocks out takes as long as setting them [A]),
 * to the radii the estimate gave when it grew. Every standing and widening goes out as
 * {@link ResponseEvents#cordonSet}, the actor being that first traffic-control unit.
 */
public final class Cordon {

    private final Incident incident;
    private final LocalPoint source;
    private final ResponseParameters.Scene scene;
    private final HazardEstimate estimate;
    private final EventScheduler events;
    private final ResponseEvents out;
    private ResponseUnit setter;
    private boolean ready;
    private double setS = Double.NaN;
    private double hotRadiusM;
    private double warmRadiusM;

    /**
     * @param incident the incident (hazard id and country for the events)
     * @param source   the release point (local metres)
     * @param scene    set-up time, zone tiers and the smallest hot radius
     * @param estimate command's hazard estimate, which the cordon follows
     * @param events   the scheduler of exact-time events
     * @param out      where the cordon goes
     */
    public Cordon(Incident incident, LocalPoint source, ResponseParameters.Scene scene, HazardEstimate estimate,
                  EventScheduler events, ResponseEvents out) {
        this.incident = Objects.requireNonNull(incident, "incident");
        this.source = Objects.requireNonNull(source, "source");
        this.scene = Objects.requireNonNull(scene, "scene");
        this.estimate = Objects.requireNonNull(estimate, "estimate");
        this.events = Objects.requireNonNull(events, "events");
        this.out = Objects.requireNonNull(out, "out");
        estimate.onChange(this::estimateChanged);
    }

    /** {@code unit} arrived on scene at {@code tS}: the first traffic-control unit starts setting the cordon. */
    public void unitArrived(ResponseUnit unit, String placeId, double tS) {
        if (setter == null && unit.has(Capability.TRAFFIC_CONTROL)) {
            setter = unit;
            events.at(tS + scene.cordonSetupS(), t -> {
                ready = true;
                if (estimate.exists()) {
                    widen(targetHotM(), targetWarmM(), t);
                }
            });
        }
    }

    /** True once the cordon stands. */
    public boolean stands() {
        return !Double.isNaN(setS);
    }

    /** When the cordon first stood (s after T0); empty before. */
    public OptionalDouble setS() {
        return stands() ? OptionalDouble.of(setS) : OptionalDouble.empty();
    }

    /** Radius of the hot zone (m); 0 before the cordon stands. */
    public double hotRadiusM() {
        return hotRadiusM;
    }

    /** Outer radius of the warm zone (m); 0 before the cordon stands. */
    public double warmRadiusM() {
        return warmRadiusM;
    }

    /**
     * The zone of local point ({@code xM}, {@code yM}): hot within the hot radius (boundary included), warm within
     * the warm radius, cold beyond, and cold everywhere before the cordon stands (no zone is designated yet).
     */
    public Zone zoneOf(double xM, double yM) {
        if (!stands()) {
            return Zone.COLD;
        }
        double distanceM = Math.hypot(xM - source.xM(), yM - source.yM());
        if (distanceM <= hotRadiusM) {
            return Zone.HOT;
        }
        return distanceM <= warmRadiusM ? Zone.WARM : Zone.COLD;
    }

    private void estimateChanged(double tS) {
        if (!ready) {
            return;
        }
        double hotM = targetHotM();
        double warmM = targetWarmM();
        if (!stands()) {
            widen(hotM, warmM, tS);
        } else if (hotM > hotRadiusM || warmM > warmRadiusM) {
            events.at(tS + scene.cordonSetupS(), t -> widen(hotM, warmM, t));
        }
    }

    private double targetHotM() {
        return Math.max(scene.minimumHotRadiusM(), estimate.radiusM(scene.hotZoneTier()));
    }

    private double targetWarmM() {
        return Math.max(targetHotM(), estimate.radiusM(scene.warmZoneTier()));
    }

    private void widen(double hotM, double warmM, double tS) {
        if (stands() && hotM <= hotRadiusM && warmM <= warmRadiusM) {
            return;
        }
        if (!stands()) {
            setS = tS;
        }
        hotRadiusM = Math.max(hotRadiusM, hotM);
        warmRadiusM = Math.max(warmRadiusM, warmM);
        out.cordonSet(tS, setter.id(), incident.countryCode(), incident.hazardId(), hotRadiusM, warmRadiusM);
    }
}
