package org.cbrnsim.response.care;

import java.util.Objects;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.EventScheduler;

/**
 * How an untreated patient worsens: delayed → immediate after {@code delayedToImmediateS} (START's tolerable delay
 * of a delayed casualty, up to 1 h; exercise-and-response.md §4.3 [S116]), immediate → dead after
 * {@code immediateToDeadS} [A], each an event at its exact time. A minor patient does not worsen by waiting: the
 * population model rates its injury "sought care", one that by definition needs no admission
 * (health-effects.yaml), and START's 3 h for minor casualties is how long they may wait, not a clock to death.
 * The exposure can still make a patient worse while the cloud lasts ({@link #exposureWorsened}) or kill it
 * ({@link #diedOfExposure}).
 *
 * <p>Treatment, on scene or in hospital, {@link #stop stops} the clock and keeps the time left in the current
 * stage; {@link #resume} runs it on from there (a patient in hospital who needs intensive care and has no ICU
 * bed keeps worsening). Each change is told to the patient's {@link CareSite}; a death is also recorded
 * ({@code patientDied}, in hospital when the site is a hospital). One pending event per patient, no scans.
 */
public final class Deterioration {

    private final double delayedToImmediateS;
    private final double immediateToDeadS;
    private final EventScheduler events;
    private final ResponseEvents log;
    private java.util.function.BiConsumer<Patient, Double> onDeath = (patient, tS) -> {
    };

    /**
     * @param triage the stage lengths ({@code delayedToImmediateS}, {@code immediateToDeadS})
     * @param events the run's scheduler
     * @param log    where deaths are recorded
     */
    public Deterioration(ResponseParameters.Triage triage, EventScheduler events, ResponseEvents log) {
        this.delayedToImmediateS = triage.delayedToImmediateS();
        this.immediateToDeadS = triage.immediateToDeadS();
        this.events = Objects.requireNonNull(events, "events");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Tells {@code listener} of every patient's death (patient, time), after its site (one listener; replaces the last). */
    public void onDeath(java.util.function.BiConsumer<Patient, Double> listener) {
        onDeath = Objects.requireNonNull(listener, "listener");
    }

    /** Starts the clock of a new, untreated patient at {@code tS}, with the whole stage of its condition ahead. */
    public void start(Patient patient, double tS) {
        requireAlive(patient);
        if (patient.clockStarted) {
            throw new IllegalStateException("deterioration of " + patient.id() + " has already started");
        }
        patient.clockStarted = true;
        patient.stageLeftS = stageS(patient.condition());
        run(patient, tS);
    }

    /** Treatment begins (or goes on) at {@code tS}: the clock stops, keeping the time left in the stage. */
    public void stop(Patient patient, double tS) {
        requireStarted(patient);
        patient.treatmentStarted(tS);
        patient.treated = true;
        if (patient.pendingChange != null) {
            patient.pendingChange.cancel();
            patient.pendingChange = null;
            patient.stageLeftS = patient.stageEndS - tS;
        }
    }

    /** Treatment no longer holds the patient at {@code tS}: the clock runs on with the time left in the stage. */
    public void resume(Patient patient, double tS) {
        requireStarted(patient);
        if (patient.treated) {
            patient.treated = false;
            run(patient, tS);
        }
    }

    /**
     * The exposure made the patient worse at {@code tS}: its condition becomes {@code condition} (when worse than
     * now) with the whole stage of it ahead; the clock runs on unless the patient is under treatment.
     */
    public void exposureWorsened(Patient patient, TriageCategory condition, double tS) {
        requireStarted(patient);
        if (condition == TriageCategory.DECEASED || condition.ordinal() >= patient.condition().ordinal()
                || condition == TriageCategory.EXPECTANT) {
            return;
        }
        cancel(patient);
        patient.worsenedTo(condition, tS);
        patient.stageLeftS = stageS(condition);
        if (!patient.treated) {
            run(patient, tS);
        }
        patient.site().patientWorsened(patient, tS);
    }

    /** The exposure killed the patient at {@code tS} (the lethality probit of the population model). */
    public void diedOfExposure(Patient patient, double tS) {
        requireStarted(patient);
        cancel(patient);
        die(patient, tS);
    }

    /** Seconds from {@code tS} until the patient dies if left untreated from now on; 0 when dead. */
    public double timeToDeathS(Patient patient, double tS) {
        requireStarted(patient);
        TriageCategory condition = patient.condition();
        if (condition == TriageCategory.DECEASED) {
            return 0;
        }
        double leftS = patient.pendingChange != null ? patient.stageEndS - tS : patient.stageLeftS;
        for (TriageCategory c = following(condition); c != TriageCategory.DECEASED; c = following(c)) {
            leftS += stageS(c);
        }
        return leftS;
    }

    private void run(Patient patient, double tS) {
        patient.stageEndS = tS + patient.stageLeftS;
        if (Double.isFinite(patient.stageEndS)) {
            patient.pendingChange = events.at(patient.stageEndS, t -> worsen(patient, t));
        }
    }

    private static void cancel(Patient patient) {
        if (patient.pendingChange != null) {
            patient.pendingChange.cancel();
            patient.pendingChange = null;
        }
    }

    private void die(Patient patient, double tS) {
        patient.worsenedTo(TriageCategory.DECEASED, tS);
        CareSite site = patient.site();
        log.patientDied(tS, site.placeId(), patient.country(), patient.id(), site.isHospital());
        site.patientDied(patient, tS);
        onDeath.accept(patient, tS);
    }

    private void worsen(Patient patient, double tS) {
        patient.pendingChange = null;
        TriageCategory next = following(patient.condition());
        if (next == TriageCategory.DECEASED) {
            die(patient, tS);
        } else {
            patient.worsenedTo(next, tS);
            patient.stageLeftS = stageS(next);
            run(patient, tS);
            patient.site().patientWorsened(patient, tS);
        }
    }

    private double stageS(TriageCategory condition) {
        return switch (condition) {
            case MINOR -> Double.POSITIVE_INFINITY;
            case DELAYED -> delayedToImmediateS;
            case IMMEDIATE -> immediateToDeadS;
            case EXPECTANT, DECEASED -> throw new IllegalArgumentException("no deterioration stage for " + condition);
        };
    }

    private static TriageCategory following(TriageCategory condition) {
        return switch (condition) {
            case MINOR -> TriageCategory.DELAYED;
            case DELAYED -> TriageCategory.IMMEDIATE;
            case IMMEDIATE -> TriageCategory.DECEASED;
            case EXPECTANT, DECEASED -> throw new IllegalArgumentException("no condition after " + condition);
        };
    }

    private static void requireAlive(Patient patient) {
        if (patient.isDead()) {
            throw new IllegalStateException(patient.id() + " is dead");
        }
    }

    private static void requireStarted(Patient patient) {
        requireAlive(patient);
        if (!patient.clockStarted) {
            throw new IllegalStateException("deterioration of " + patient.id() + " has not started");
        }
    }
}
