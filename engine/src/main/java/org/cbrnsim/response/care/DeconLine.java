package org.cbrnsim.response.care;

import ec.util.MersenneTwisterFast;
import java.util.Objects;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.EventScheduler;

/**
 * The mass-decontamination line of one unit: disrobe → shower → re-robe (exercise-and-response.md §4.2), in two
 * separate lanes that share no station [A] (UK practice keeps stretcher cases apart from those who walk; the
 * split of stations is not in the sources):
 * <ul>
 *   <li>the ambulatory lane has {@code disrobeStations}, {@code showerStations} and {@code rerobeStations}
 *       parallel stations with mean times {@code disrobeS}, {@code showerS} (3 min, UK IRU [S115]) and
 *       {@code rerobeS}: 10 showers of 3 min give 200 persons/h, UK MD1 [S115], unless a slower stage limits it
 *       (re-robing, the usual bottleneck [S94]);</li>
 *   <li>the non-ambulatory lane, for casualties on stretchers, has {@link #NON_AMBULATORY_STATIONS} station per
 *       stage [A] (one stretcher handled at a time) and every stage takes {@code nonAmbulatoryFactor} times as
 *       long (3–5×, §4.2 [A]).</li>
 * </ul>
 * Each lane is a {@link StageLine}: first come first served per stage, and no buffer between stages (a person
 * who has showered keeps the shower until a re-robe station frees). That is the tent: there is no room
 * between its compartments, so when re-robing is slow the queue backs up through the tent to the entrance,
 * where people wait outside in the warm zone, and it is that queue an incident commander sees. Service times
 * are lognormal with CV {@code serviceCv} ({@link LognormalServiceTime}; 0: deterministic).
 *
 * <p>The line opens {@code setupS} after its unit is on scene: the caller calls {@link #open} at that moment;
 * people who arrive before wait. A person leaves decontaminated (told to the listener); one who dies in the line
 * leaves it, freeing its station.
 */
public final class DeconLine implements CareSite {

    /** Stations per stage of the non-ambulatory lane [A]. */
    public static final int NON_AMBULATORY_STATIONS = 1;

    /** Told when a patient leaves the line decontaminated. */
    @FunctionalInterface
    public interface Listener {
        void decontaminated(Patient patient, double tS);
    }

    private final String unitId;
    private final String country;
    private final String placeId;
    private final double setupS;
    private final EventScheduler events;
    private final ResponseEvents log;
    private final StageLine<Patient> ambulatory;
    private final StageLine<Patient> nonAmbulatory;
    private boolean setUp;

    /**
     * @param unitId   the unit running the line (names the metric {@code decon_queue_<unit-id>})
     * @param country  ISO code
     * @param placeId  where the line stands
     * @param decon    stations, stage times, set-up, non-ambulatory factor and CV
     * @param random   the stream the service times are drawn from
     * @param events   the run's scheduler
     * @param log      where the opening is recorded
     * @param listener told of each patient leaving decontaminated
     */
    public DeconLine(String unitId, String country, String placeId, ResponseParameters.Decon decon,
                     MersenneTwisterFast random, EventScheduler events, ResponseEvents log, Listener listener) {
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.country = Objects.requireNonNull(country, "country");
        this.placeId = Objects.requireNonNull(placeId, "placeId");
        this.setupS = decon.setupS();
        this.events = Objects.requireNonNull(events, "events");
        this.log = Objects.requireNonNull(log, "log");
        Objects.requireNonNull(listener, "listener");
        ServiceTime serviceTime = new LognormalServiceTime(decon.serviceCv());
        StageLine.Exit<Patient> leave = (patient, tS) -> {
            patient.decontaminated(tS);
            listener.decontaminated(patient, tS);
        };
        double[] meanS = {decon.disrobeS(), decon.showerS(), decon.rerobeS()};
        ambulatory = new StageLine<>(new int[] {decon.disrobeStations(), decon.showerStations(),
                decon.rerobeStations()}, meanS, serviceTime, random, events, leave);
        double factor = decon.nonAmbulatoryFactor();
        nonAmbulatory = new StageLine<>(new int[] {NON_AMBULATORY_STATIONS, NON_AMBULATORY_STATIONS,
                NON_AMBULATORY_STATIONS}, new double[] {meanS[0] * factor, meanS[1] * factor, meanS[2] * factor},
                serviceTime, random, events, leave);
    }

    /** The unit is on scene at {@code unitOnSceneS}: the line opens {@code setupS} later ({@code deconOpened}). */
    public void open(double unitOnSceneS) {
        if (setUp) {
            throw new IllegalStateException("decontamination line of " + unitId + " is already set up");
        }
        setUp = true;
        events.at(unitOnSceneS + setupS, t -> {
            log.deconOpened(t, unitId, country, placeId);
            ambulatory.open(t);
            nonAmbulatory.open(t);
        });
    }

    public boolean isOpen() {
        return ambulatory.isOpen();
    }

    /**
     * {@code patient} joins the queue of its lane (by whether it walks now; it keeps that lane) at {@code tS}.
     * When it leaves decontaminated it is still sited here until the listener moves it on.
     */
    public void arrive(Patient patient, double tS) {
        if (patient.isDead()) {
            throw new IllegalArgumentException(patient + " cannot enter decontamination: dead");
        }
        patient.moveTo(this);
        (patient.ambulatory() ? ambulatory : nonAmbulatory).arrive(patient, tS);
    }

    /** People waiting to enter plus people waiting between stages, both lanes: the metric {@code decon_queue_<unit-id>}. */
    public int queueLength() {
        return waitingToEnter() + betweenStages();
    }

    /** People waiting to enter, both lanes. */
    public int waitingToEnter() {
        return ambulatory.waitingToEnter() + nonAmbulatory.waitingToEnter();
    }

    /** People who finished a stage and wait for the next, both lanes. */
    public int betweenStages() {
        return ambulatory.betweenStages() + nonAmbulatory.betweenStages();
    }

    /** People who have left decontaminated. */
    public long decontaminatedCount() {
        return ambulatory.exitedCount() + nonAmbulatory.exitedCount();
    }

    public String unitId() {
        return unitId;
    }

    @Override
    public String placeId() {
        return placeId;
    }

    @Override
    public void patientDied(Patient patient, double tS) {
        if (!ambulatory.withdraw(patient, tS)) {
            nonAmbulatory.withdraw(patient, tS);
        }
    }
}
