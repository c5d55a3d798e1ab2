package org.cbrnsim.response.care;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.EventScheduler;
import org.cbrnsim.sim.ScheduledEvent;

/**
 * A triage point (casualty clearing station): triage officers sort the patients who arrive, one patient per
 * officer for {@code triageS} each (START: at most 60 s [S116]), first come first served; then every patient
 * still waiting here is re-triaged each {@code retriageS} [A], after every first triage waiting. Each
 * (re-)triage is recorded ({@code patientTriaged}) and told to the listener.
 *
 * <p>Triaged patients wait here for transport or treatment in priority order: immediate, delayed, minor,
 * expectant (NATO's T1–T4 order), and by time of first triage within a category. The caller takes them with
 * {@link #nextForTransport()} and {@link #remove}. A patient who dies here leaves the point.
 */
public final class TriagePoint implements CareSite {

    /** Told of each triage: the category given and whether it was the patient's first triage here. */
    @FunctionalInterface
    public interface Listener {
        void triaged(Patient patient, TriageCategory category, boolean first, double tS);
    }

    /** Seconds until {@code patient} would be treated with the resources at hand (SALT's expectant test). */
    @FunctionalInterface
    public interface ExpectedTreatmentWait {
        double seconds(Patient patient, double tS);
    }

    private static final Comparator<Waiting> PRIORITY = Comparator
            .comparingInt((Waiting w) -> w.category.ordinal())
            .thenComparingLong(w -> w.order);

    private final String actorId;
    private final String placeId;
    private final String country;
    private final double triageS;
    private final double retriageS;
    private final TriageRule rule;
    private final Deterioration deterioration;
    private final ExpectedTreatmentWait expectedWait;
    private final EventScheduler events;
    private final ResponseEvents log;
    private final Listener listener;

    private final Map<Patient, Waiting> here = new IdentityHashMap<>();
    private final ArrayDeque<Waiting> firstTriage = new ArrayDeque<>();
    private final ArrayDeque<Waiting> retriage = new ArrayDeque<>();
    private final TreeSet<Waiting> triaged = new TreeSet<>(PRIORITY);
    private final int[] triagedByCategory = new int[TriageCategory.values().length];
    private int officers;
    private int busyOfficers;
    private int untriaged;
    private long nextOrder;

    /**
     * @param actorId       who triages (a unit id), named in the events
     * @param placeId       where the point is
     * @param country       ISO code
     * @param officers      triage officers at work from the start (≥ 0; more come with {@link #addOfficers})
     * @param triage        {@code system}, {@code triageS} and {@code retriageS}
     * @param deterioration the patients' clocks (for the time each has left)
     * @param expectedWait  expected wait for treatment (SALT; START ignores it)
     * @param events        the run's scheduler
     * @param log           where triages are recorded
     * @param listener      told of each triage
     */
    public TriagePoint(String actorId, String placeId, String country, int officers, ResponseParameters.Triage triage,
                       Deterioration deterioration, ExpectedTreatmentWait expectedWait, EventScheduler events,
                       ResponseEvents log, Listener listener) {
        if (officers < 0) {
            throw new IllegalArgumentException("triage officers must be >= 0, got " + officers);
        }
        this.actorId = Objects.requireNonNull(actorId, "actorId");
        this.placeId = Objects.requireNonNull(placeId, "placeId");
        this.country = Objects.requireNonNull(country, "country");
        this.officers = officers;
        this.triageS = triage.triageS();
        this.retriageS = triage.retriageS();
        this.rule = new TriageRule(triage.system());
        this.deterioration = Objects.requireNonNull(deterioration, "deterioration");
        this.expectedWait = Objects.requireNonNull(expectedWait, "expectedWait");
        this.events = Objects.requireNonNull(events, "events");
        this.log = Objects.requireNonNull(log, "log");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public String placeId() {
        return placeId;
    }

    /** {@code count} more officers start triaging at {@code tS}. */
    public void addOfficers(int count, double tS) {
        if (count < 0) {
            throw new IllegalArgumentException("officers to add must be >= 0, got " + count);
        }
        officers += count;
        dispatch(tS);
    }

    /** {@code patient} arrives at {@code tS} and joins the queue for triage. */
    public void arrive(Patient patient, double tS) {
        if (patient.isDead() || here.containsKey(patient)) {
            throw new IllegalArgumentException(patient + " cannot arrive at triage point " + placeId
                    + (patient.isDead() ? ": dead" : ": already here"));
        }
        Waiting waiting = new Waiting(patient);
        here.put(patient, waiting);
        patient.moveTo(this);
        untriaged++;
        firstTriage.add(waiting);
        dispatch(tS);
    }

    /** The triaged patient first in priority order, if any. */
    public Optional<Patient> nextForTransport() {
        return triaged.isEmpty() ? Optional.empty() : Optional.of(triaged.first().patient);
    }

    /**
     * Takes {@code patient} away from the point (transport, treatment elsewhere, walking away); the caller then
     * tells it where it is ({@link Patient#moveTo}).
     */
    public void remove(Patient patient) {
        Waiting waiting = here.remove(patient);
        if (waiting == null) {
            throw new IllegalArgumentException(patient + " is not at triage point " + placeId);
        }
        forget(waiting);
    }

    /** Patients here not yet triaged (waiting or being triaged). */
    public int untriagedCount() {
        return untriaged;
    }

    /** Triaged patients waiting here whose last category is {@code category}. */
    public int waitingCount(TriageCategory category) {
        return triagedByCategory[category.ordinal()];
    }

    @Override
    public void patientDied(Patient patient, double tS) {
        Waiting waiting = here.remove(patient);
        if (waiting != null) {
            forget(waiting);
        }
    }

    private void forget(Waiting waiting) {
        waiting.gone = true;
        if (waiting.category == null) {
            untriaged--;
        } else {
            triaged.remove(waiting);
            triagedByCategory[waiting.category.ordinal()]--;
        }
        if (waiting.retriage != null) {
            waiting.retriage.cancel();
        }
    }

    private void dispatch(double tS) {
        while (busyOfficers < officers) {
            Waiting next = poll(firstTriage);
            if (next == null) {
                next = poll(retriage);
            }
            if (next == null) {
                return;
            }
            busyOfficers++;
            Waiting triagedOne = next;
            events.at(tS + triageS, t -> finish(triagedOne, t));
        }
    }

    private static Waiting poll(ArrayDeque<Waiting> queue) {
        Waiting next = queue.poll();
        while (next != null && next.gone) {
            next = queue.poll();
        }
        return next;
    }

    private void finish(Waiting waiting, double tS) {
        busyOfficers--;
        if (!waiting.gone) {
            Patient patient = waiting.patient;
            TriageCategory category = rule.category(patient.condition(), deterioration.timeToDeathS(patient, tS),
                    expectedWait.seconds(patient, tS));
            boolean first = waiting.category == null;
            if (first) {
                untriaged--;
                waiting.order = nextOrder++;
            } else {
                triaged.remove(waiting);
                triagedByCategory[waiting.category.ordinal()]--;
            }
            waiting.category = category;
            triaged.add(waiting);
            triagedByCategory[category.ordinal()]++;
            patient.triaged(category, tS);
            log.patientTriaged(tS, actorId, country, patient.id(), category, placeId);
            waiting.retriage = events.at(tS + retriageS, t -> {
                waiting.retriage = null;
                retriage.add(waiting);
                dispatch(t);
            });
            listener.triaged(patient, category, first, tS);
        }
        dispatch(tS);
    }

    /** A patient at the point. */
    private static final class Waiting {
        final Patient patient;
        TriageCategory category;
        long order;
        ScheduledEvent retriage;
        boolean gone;

        Waiting(Patient patient) {
            this.patient = patient;
        }
    }
}
