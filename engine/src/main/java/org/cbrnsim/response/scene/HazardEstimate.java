package org.cbrnsim.response.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.units.Incident;
import org.cbrnsim.response.units.ResponseUnit;
import org.cbrnsim.response.units.UnitState;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.EventScheduler;

/**
 * The incident commander's estimate of the hazard area: for each AEGL tier (1–3), how far from the source it is
 * exceeded.
 *
 * <ul>
 * <li><b>Size-up</b>: {@code Scene.sizeUpS} after the first unit is on scene, command takes the forecast (the
 *     dispersion model's threat zones, {@link ForecastDistance}), unless readings came first.</li>
 * <li><b>Readings</b>: {@code Scene.detectionS} after the first detection-capable unit is on scene, the estimate
 *     becomes what readings show ({@link ObservedDistance}, from the simulated field), and a new round of readings
 *     follows every {@link #SURVEY_INTERVAL_S} while a detection-capable unit that arrived is still on scene. After
 *     the first round, a tier's estimate changes only when a round differs from it by at least
 *     {@link #REPORTED_CHANGE} of the larger of the two [A]: command does not re-publish small changes.</li>
 * </ul>
 * Each change goes out as {@link ResponseEvents#hazardEstimated}, one per tier, the actor being the unit whose
 * size-up or readings made it; listeners ({@link #onChange}) hear of it after.
 */
public final class HazardEstimate {

    /** Time between rounds of readings of a detection team (s) [A]. */
    public static final double SURVEY_INTERVAL_S = 600;
    /** Smallest relative change of a tier's distance that command adopts after the first readings [A]. */
    public static final double REPORTED_CHANGE = 0.10;

    private final Incident incident;
    private final ResponseParameters.Scene scene;
    private final ForecastDistance forecast;
    private final ObservedDistance observed;
    private final EventScheduler events;
    private final ResponseEvents out;
    private final double[] radiusM = new double[4];
    private final List<ResponseUnit> detectionUnits = new ArrayList<>();
    private final List<EstimateListener> listeners = new ArrayList<>();
    private boolean sizeUpScheduled;
    private boolean exists;
    private boolean fromReadings;

    /** Told when the estimate changed, after the events went out. */
    @FunctionalInterface
    public interface EstimateListener {
        /** The estimate changed at {@code tS}. */
        void changed(double tS);
    }

    /**
     * @param incident the incident (hazard id and country for the events)
     * @param scene    size-up and detection times
     * @param forecast tier → forecast downwind distance (m)
     * @param observed (tier, time) → distance the readings show (m)
     * @param events   the scheduler of exact-time events
     * @param out      where the estimates go
     */
    public HazardEstimate(Incident incident, ResponseParameters.Scene scene, ForecastDistance forecast,
                          ObservedDistance observed, EventScheduler events, ResponseEvents out) {
        this.incident = Objects.requireNonNull(incident, "incident");
        this.scene = Objects.requireNonNull(scene, "scene");
        this.forecast = Objects.requireNonNull(forecast, "forecast");
        this.observed = Objects.requireNonNull(observed, "observed");
        this.events = Objects.requireNonNull(events, "events");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Adds a listener told of every change. */
    public void onChange(EstimateListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** {@code unit} arrived on scene at {@code tS}: starts the size-up (first unit) or the readings (first detection unit). */
    public void unitArrived(ResponseUnit unit, String placeId, double tS) {
        if (!sizeUpScheduled) {
            sizeUpScheduled = true;
            events.at(tS + scene.sizeUpS(), t -> sizeUp(unit, t));
        }
        if (unit.has(Capability.DETECTION)) {
            detectionUnits.add(unit);
            if (detectionUnits.size() == 1) {
                events.at(tS + scene.detectionS(), this::readings);
            }
        }
    }

    /** True once command has an estimate. */
    public boolean exists() {
        return exists;
    }

    /** True once the estimate rests on readings rather than the forecast. */
    public boolean fromReadings() {
        return fromReadings;
    }

    /** How far from the source tier {@code tier} (1–3) is estimated to be exceeded (m); 0 before any estimate. */
    public double radiusM(int tier) {
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("AEGL tier must be 1, 2 or 3, got " + tier);
        }
        return radiusM[tier];
    }

    private void sizeUp(ResponseUnit unit, double tS) {
        if (fromReadings) {
            return;
        }
        for (int tier = 1; tier <= 3; tier++) {
            set(tier, forecast.downwindM(tier), unit, tS);
        }
        changed(tS);
    }

    private void readings(double tS) {
        ResponseUnit reader = detectionUnits.stream().filter(u -> u.state() == UnitState.ON_SCENE).findFirst()
                .orElse(null);
        if (reader == null) {
            detectionUnits.clear();
            return;
        }
        boolean first = !fromReadings;
        fromReadings = true;
        boolean changed = false;
        for (int tier = 1; tier <= 3; tier++) {
            double seenM = observed.downwindM(tier, tS);
            double largerM = Math.max(seenM, radiusM[tier]);
            if (first || (largerM > 0 && Math.abs(seenM - radiusM[tier]) >= REPORTED_CHANGE * largerM)) {
                set(tier, seenM, reader, tS);
                changed = true;
            }
        }
        if (changed) {
            changed(tS);
        }
        events.after(SURVEY_INTERVAL_S, this::readings);
    }

    private void set(int tier, double distanceM, ResponseUnit actor, double tS) {
        if (!(distanceM >= 0) || Double.isInfinite(distanceM)) {
            throw new IllegalArgumentException("hazard distance of tier " + tier + " must be finite and >= 0 m, got "
                    + distanceM);
        }
        radiusM[tier] = distanceM;
        out.hazardEstimated(tS, actor.id(), incident.countryCode(), incident.hazardId(), tier, distanceM, fromReadings);
    }

    private void changed(double tS) {
        exists = true;
        listeners.forEach(listener -> listener.changed(tS));
    }
}
