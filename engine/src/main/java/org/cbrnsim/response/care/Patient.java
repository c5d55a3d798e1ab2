package org.cbrnsim.response.care;

import java.util.Objects;
import java.util.Optional;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.sim.ScheduledEvent;

/**
 * One injured resident as a patient: who it is, where it is, how bad it is now, and its timeline.
 *
 * <p>Its <em>condition</em> is its true acuity (minor, delayed, immediate, deceased), set from the population
 * model's severity when it is injured ({@link TriageRule#initialCategory}: {@link HealthState#SOUGHT_CARE} →
 * minor, the worried well too, {@link HealthState#ADMITTED} → delayed, {@link HealthState#ICU} → immediate) and
 * worsened by {@link Deterioration}. Its <em>triage category</em> is what triage last said
 * ({@link TriagePoint}): the condition, or expectant under SALT.
 *
 * <p>Ambulatory: a patient walks unless its condition is immediate (or it is dead). So ICU-severity patients
 * are non-ambulatory, and admitted-severity patients walk [A] (moderate casualties of a gas release are short of
 * breath but mostly on their feet); a walking patient who worsens to immediate stops walking.
 *
 * <p>Times are seconds after T0; a step of the timeline not yet reached is NaN.
 */
public final class Patient {

    private final int residentIndex;
    private final String id;
    private final String country;
    private final LocalPoint position;
    private final HealthState severity;
    private final double injuredS;

    private TriageCategory condition;
    private TriageCategory triageCategory;
    private boolean contaminated;
    private CareSite site;

    private double triagedS = Double.NaN;
    private double decontaminatedS = Double.NaN;
    private double treatmentStartedS = Double.NaN;
    private double admittedS = Double.NaN;
    private double diedS = Double.NaN;

    /** Deterioration's clock: the pending change while it runs, else the time left in the current stage. */
    boolean clockStarted;
    /** Whether treatment holds the clock (set by {@link Deterioration#stop}, cleared by {@link Deterioration#resume}). */
    boolean treated;
    ScheduledEvent pendingChange;
    double stageEndS;
    double stageLeftS;

    /**
     * @param residentIndex the resident's index in the population (the id is {@code p<index>})
     * @param country       ISO code of the country it is in
     * @param position      where it was hurt (local metres)
     * @param severity      its outcome from the population model: sought care, admitted or ICU
     * @param injuredS      when it was hurt (s after T0)
     * @param contaminated  whether it carries the agent on skin or clothes (needs decontamination)
     * @param site          where it is now
     */
    public Patient(int residentIndex, String country, LocalPoint position, HealthState severity, double injuredS,
                   boolean contaminated, CareSite site) {
        if (residentIndex < 0) {
            throw new IllegalArgumentException("resident index must be >= 0, got " + residentIndex);
        }
        if (!Double.isFinite(injuredS) || injuredS < 0) {
            throw new IllegalArgumentException("injury time must be a finite time >= 0 s, got " + injuredS);
        }
        this.residentIndex = residentIndex;
        this.id = "p" + residentIndex;
        this.country = Objects.requireNonNull(country, "country");
        this.position = Objects.requireNonNull(position, "position");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.condition = TriageRule.initialCategory(severity);
        this.injuredS = injuredS;
        this.contaminated = contaminated;
        this.site = Objects.requireNonNull(site, "site");
    }

    /** {@code p<resident index>}. */
    public String id() {
        return id;
    }

    public int residentIndex() {
        return residentIndex;
    }

    public String country() {
        return country;
    }

    /** Where it was hurt (local metres). */
    public LocalPoint position() {
        return position;
    }

    /** Its severity from the population model when it became a patient. */
    public HealthState severity() {
        return severity;
    }

    /** Its true acuity now: minor, delayed, immediate or deceased. */
    public TriageCategory condition() {
        return condition;
    }

    /** What triage last said; empty before its first triage. */
    public Optional<TriageCategory> triageCategory() {
        return Optional.ofNullable(triageCategory);
    }

    /** True when it can walk: its condition is minor or delayed. */
    public boolean ambulatory() {
        return condition == TriageCategory.MINOR || condition == TriageCategory.DELAYED;
    }

    public boolean isDead() {
        return condition == TriageCategory.DECEASED;
    }

    /** True while it still carries the agent (not yet decontaminated). */
    public boolean contaminated() {
        return contaminated;
    }

    /** True while treatment holds its deterioration (its clock has started and is stopped). */
    public boolean underTreatment() {
        return clockStarted && !isDead() && treated;
    }

    /** Where it is now. */
    public CareSite site() {
        return site;
    }

    /** Moves it to {@code site} (the caller that takes a patient over tells it where it is). */
    public void moveTo(CareSite site) {
        this.site = Objects.requireNonNull(site, "site");
    }

    public double injuredS() {
        return injuredS;
    }

    /** Its first triage (NaN before). */
    public double triagedS() {
        return triagedS;
    }

    public double decontaminatedS() {
        return decontaminatedS;
    }

    /** When treatment first stopped its deterioration, on scene or in hospital (NaN before). */
    public double treatmentStartedS() {
        return treatmentStartedS;
    }

    public double admittedS() {
        return admittedS;
    }

    public double diedS() {
        return diedS;
    }

    void triaged(TriageCategory category, double tS) {
        triageCategory = category;
        if (Double.isNaN(triagedS)) {
            triagedS = tS;
        }
    }

    void decontaminated(double tS) {
        contaminated = false;
        decontaminatedS = tS;
    }

    void treatmentStarted(double tS) {
        if (Double.isNaN(treatmentStartedS)) {
            treatmentStartedS = tS;
        }
    }

    void admitted(double tS) {
        admittedS = tS;
    }

    void worsenedTo(TriageCategory next, double tS) {
        condition = next;
        if (next == TriageCategory.DECEASED) {
            diedS = tS;
        }
    }

    @Override
    public String toString() {
        return id + " (" + condition.label() + ")";
    }
}
