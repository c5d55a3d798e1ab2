package org.cbrnsim.response.care;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.response.HospitalWard;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.SurgeTier;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.scenario.HospitalSpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.EventScheduler;
import org.cbrnsim.sim.ScheduledEvent;

/**
 * A hospital taking in incident patients (exercise-and-response.md §4.4).
 *
 * <p><b>Beds.</b> Of its {@code beds} staffed inpatient beds (ICU included), {@code round(beds × occupancy)} hold
 * other patients when the incident starts (the baseline); ICU likewise. Its capacity in beds grows by surge tier
 * (Hick et al. 2009 [S121]):
 * <ul>
 *   <li>conventional: the staffed beds ({@link #conventionalBeds()});</li>
 *   <li>contingency: plus {@code floor(contingencySurgeShare × beds)} (Bayram et al. 2011: about 18 % [S119]);
 *       ICU plus the same share of its ICU beds [A] (recovery rooms run as ICU);</li>
 *   <li>crisis: plus the early discharges, {@code earlyDischargeShare} (Kelen et al.: 44 % [S120]) of the baseline
 *       patients outside ICU, freed linearly over {@code earlyDischargeS} (24 h) from when crisis is declared
 *       [S120]; no more ICU beds [A]. Early discharges are counted as capacity added, not as occupancy taken
 *       away, so occupancy reads "baseline at the start + incident patients" against the three tier lines.</li>
 * </ul>
 * A tier is declared ({@code hospitalTier}, with the beds taken before the patient who needs it) when a patient
 * needs a bed the present tier does not have; crisis also when a patient who needs intensive care gets a ward bed. Tiers do not step back during a run [A]. When even
 * crisis capacity is taken the hospital refuses the patient ({@link #admit} returns false; the
 * {@link HospitalNetwork} diverts it).
 *
 * <p><b>Patients.</b> The hospital goes by the patient's condition when it arrives:
 * <ul>
 *   <li>minor: observed for {@code minorObservationS} (6 h: Tokyo 1995, Ohbu et al. 1997) and sent home. They
 *       are observed outside the ED's treatment spaces (waiting rooms, corridors, a chapel) and take neither an
 *       ED space nor a bed, so a hospital never refuses them [A];</li>
 *   <li>delayed (ward) and immediate (ICU): a bed is booked on arrival, then the patient spends {@code edTimeS}
 *       (2.5 h, Bayram et al. 2011 [S119]) in one of the {@code edBeds} ED spaces before going up. When every ED
 *       space is taken they wait, immediate before delayed, first come first served.</li>
 * </ul>
 * Treatment stops a patient's deterioration from when it is observed or enters an ED space. A patient who
 * needs intensive care and got a ward bed deteriorates again once it leaves the ED (and dies there unless an ICU
 * bed frees in time: the first such patient gets the next ICU bed a death frees). A patient who worsens while
 * waiting for an ED space is re-sorted, and gets an ICU bed if it now needs one. Deaths free the patient's bed
 * and ED space. The whole works by events; nothing scans the patients.
 */
public final class Hospital implements CareSite {

    /** Where patients observed and sent home end up. */
    private static final CareSite HOME = CareSite.at("home");
    private static final Comparator<Stay> ED_ORDER = Comparator.comparingInt((Stay s) -> s.edPriority)
            .thenComparingLong(s -> s.order);

    private final String id;
    private final String country;
    private final LocalPoint position;
    private final int beds;
    private final int edSpaces;
    private final int baselineBeds;
    private final int baselineIcuBeds;
    private final int surgeBeds;
    private final int freeIcuBeds;
    private final int surgeIcuBeds;
    private final double earlyDischargeBeds;
    private final double earlyDischargeS;
    private final double edTimeS;
    private final double minorObservationS;
    private final Deterioration deterioration;
    private final EventScheduler events;
    private final ResponseEvents log;

    private final Map<Patient, Stay> stays = new IdentityHashMap<>();
    private final TreeSet<Stay> edQueue = new TreeSet<>(ED_ORDER);
    private final ArrayDeque<Stay> waitingForIcu = new ArrayDeque<>();
    private SurgeTier tier = SurgeTier.CONVENTIONAL;
    private double crisisSinceS = Double.NaN;
    private int wardPatients;
    private int icuPatients;
    private int edBusy;
    private int observed;
    private int icuWaiters;
    private int peakOccupiedBeds;
    private long nextOrder;

    /**
     * @param spec          beds, ED spaces, ICU beds and occupancy at the start
     * @param country       ISO code of its country
     * @param position      where it is (local metres), for travel times
     * @param parameters    ED time, observation, surge shares and early discharge
     * @param deterioration the patients' clocks: treatment stops them
     * @param events        the run's scheduler
     * @param log           where admissions and tiers are recorded
     */
    public Hospital(HospitalSpec spec, String country, LocalPoint position, ResponseParameters.Hospitals parameters,
                    Deterioration deterioration, EventScheduler events, ResponseEvents log) {
        this.id = spec.placeId();
        this.country = Objects.requireNonNull(country, "country");
        this.position = Objects.requireNonNull(position, "position");
        this.beds = spec.beds();
        this.edSpaces = spec.edBeds();
        this.baselineBeds = (int) Math.round(spec.beds() * spec.occupancy());
        this.baselineIcuBeds = (int) Math.round(spec.icuBeds() * spec.occupancy());
        this.surgeBeds = (int) Math.floor(parameters.contingencySurgeShare() * spec.beds());
        this.freeIcuBeds = spec.icuBeds() - baselineIcuBeds;
        this.surgeIcuBeds = (int) Math.floor(parameters.contingencySurgeShare() * spec.icuBeds());
        this.earlyDischargeBeds = parameters.earlyDischargeShare() * (baselineBeds - baselineIcuBeds);
        this.earlyDischargeS = parameters.earlyDischargeS();
        this.edTimeS = parameters.edTimeS();
        this.minorObservationS = parameters.minorObservationS();
        this.deterioration = Objects.requireNonNull(deterioration, "deterioration");
        this.events = Objects.requireNonNull(events, "events");
        this.log = Objects.requireNonNull(log, "log");
        this.peakOccupiedBeds = baselineBeds;
    }

    /** The hospital's place id. */
    public String id() {
        return id;
    }

    public String country() {
        return country;
    }

    public LocalPoint position() {
        return position;
    }

    @Override
    public String placeId() {
        return id;
    }

    @Override
    public boolean isHospital() {
        return true;
    }

    /** Whether it would take {@code patient} at {@code tS}, declaring whatever tier that takes. */
    public boolean hasRoomFor(Patient patient, double tS) {
        return patient.condition() == TriageCategory.MINOR || incidentBeds() < bedsFor(SurgeTier.CRISIS, tS);
    }

    /** Whether a patient needing intensive care would get an ICU bed here at {@code tS}. */
    public boolean hasIcuBedFor(double tS) {
        return incidentBeds() < bedsFor(SurgeTier.CRISIS, tS) && icuPatients < icuBedsFor(SurgeTier.CONTINGENCY);
    }

    /**
     * {@code patient} arrives at {@code tS}: taken in ({@code patientAdmitted}, true) or refused because even its
     * crisis capacity is taken (false; nothing recorded, the caller diverts it).
     */
    public boolean admit(Patient patient, double tS) {
        if (patient.isDead() || stays.containsKey(patient)) {
            throw new IllegalArgumentException(patient + " cannot be admitted to " + id
                    + (patient.isDead() ? ": dead" : ": already here"));
        }
        TriageCategory condition = patient.condition();
        if (condition == TriageCategory.MINOR) {
            observe(patient, tS);
            return true;
        }
        if (!bookBed(tS)) {
            return false;
        }
        Stay stay = new Stay(patient, nextOrder++);
        stays.put(patient, stay);
        boolean intensiveCare = condition == TriageCategory.IMMEDIATE && findIcuBed(tS);
        if (condition == TriageCategory.IMMEDIATE && !intensiveCare) {
            waitForIcu(stay, tS);
        }
        stay.ward = intensiveCare ? HospitalWard.ICU : HospitalWard.WARD;
        if (intensiveCare) {
            icuPatients++;
        } else {
            wardPatients++;
        }
        peakOccupiedBeds = Math.max(peakOccupiedBeds, occupiedBeds());
        record(patient, stay.ward, tS);
        stay.edPriority = condition.ordinal();
        edQueue.add(stay);
        startEdCare(tS);
        return true;
    }

    /** The present surge tier. */
    public SurgeTier tier() {
        return tier;
    }

    /** Beds taken: the baseline at the start plus the incident patients booked into a ward or ICU bed. */
    public int occupiedBeds() {
        return baselineBeds + incidentBeds();
    }

    /** Highest {@link #occupiedBeds()} so far. */
    public int peakOccupiedBeds() {
        return peakOccupiedBeds;
    }

    /** Conventional capacity: the staffed beds. */
    public int conventionalBeds() {
        return beds;
    }

    /** Contingency capacity: the staffed beds plus the surge share. */
    public int contingencyBeds() {
        return beds + surgeBeds;
    }

    /** Crisis capacity at {@code tS}: contingency plus the early discharges made so far (none before crisis). */
    public int crisisBeds(double tS) {
        return contingencyBeds() + earlyDischarges(tS);
    }

    /** ICU beds taken: the baseline at the start plus incident patients in ICU. */
    public int occupiedIcuBeds() {
        return baselineIcuBeds + icuPatients;
    }

    /** Incident patients in ED spaces now. */
    public int edOccupied() {
        return edBusy;
    }

    /** Incident patients waiting for an ED space. */
    public int edWaiting() {
        return edQueue.size();
    }

    /** Patients who need intensive care and lie in a ward bed. */
    public int waitingForIcu() {
        return icuWaiters;
    }

    /** Minor patients under observation now. */
    public int underObservation() {
        return observed;
    }

    @Override
    public void patientWorsened(Patient patient, double tS) {
        Stay stay = stays.get(patient);
        if (stay == null || patient.condition() != TriageCategory.IMMEDIATE) {
            return;
        }
        if (edQueue.remove(stay)) {
            stay.edPriority = TriageCategory.IMMEDIATE.ordinal();
            edQueue.add(stay);
        }
        if (stay.ward == HospitalWard.WARD && !stay.waitingForIcu) {
            if (findIcuBed(tS)) {
                wardPatients--;
                icuPatients++;
                stay.ward = HospitalWard.ICU;
            } else {
                waitForIcu(stay, tS);
            }
        }
    }

    @Override
    public void patientDied(Patient patient, double tS) {
        Stay stay = stays.remove(patient);
        if (stay == null) {
            return;
        }
        stay.gone = true;
        if (stay.waitingForIcu) {
            icuWaiters--;
        }
        if (stay.edCare != null) {
            stay.edCare.cancel();
            edBusy--;
        } else {
            edQueue.remove(stay);
        }
        if (stay.ward == HospitalWard.ICU) {
            icuPatients--;
            giveIcuBed(tS);
        } else {
            wardPatients--;
        }
        startEdCare(tS);
    }

    private void observe(Patient patient, double tS) {
        deterioration.stop(patient, tS);
        observed++;
        record(patient, HospitalWard.ED, tS);
        events.at(tS + minorObservationS, t -> {
            observed--;
            patient.moveTo(HOME);
        });
    }

    private void record(Patient patient, HospitalWard ward, double tS) {
        patient.moveTo(this);
        patient.admitted(tS);
        log.patientAdmitted(tS, id, country, patient.id(), patient.condition(), ward, !patient.contaminated());
    }

    /** Finds a bed for one more patient, declaring higher tiers as needed; false when even crisis is full. */
    private boolean bookBed(double tS) {
        while (incidentBeds() >= bedsFor(tier, tS)) {
            if (tier == SurgeTier.CRISIS) {
                return false;
            }
            declare(next(tier), tS);
        }
        return true;
    }

    /** Whether an ICU bed is free for one more patient, declaring contingency when that opens one. */
    private boolean findIcuBed(double tS) {
        if (icuPatients >= icuBedsFor(tier) && tier == SurgeTier.CONVENTIONAL) {
            declare(SurgeTier.CONTINGENCY, tS);
        }
        return icuPatients < icuBedsFor(tier);
    }

    /** A patient who needs intensive care lies in a ward bed (crisis care) until an ICU bed frees. */
    private void waitForIcu(Stay stay, double tS) {
        if (tier != SurgeTier.CRISIS) {
            declare(SurgeTier.CRISIS, tS);
        }
        stay.waitingForIcu = true;
        icuWaiters++;
        waitingForIcu.add(stay);
    }

    /** An ICU bed has freed: the first patient waiting for one takes it (and is treated if it left the ED). */
    private void giveIcuBed(double tS) {
        Stay next = waitingForIcu.poll();
        while (next != null && next.gone) {
            next = waitingForIcu.poll();
        }
        if (next == null) {
            return;
        }
        next.waitingForIcu = false;
        icuWaiters--;
        wardPatients--;
        icuPatients++;
        next.ward = HospitalWard.ICU;
        if (next.leftEd) {
            deterioration.stop(next.patient, tS);
        }
    }

    private void startEdCare(double tS) {
        while (edBusy < edSpaces && !edQueue.isEmpty()) {
            Stay stay = edQueue.pollFirst();
            edBusy++;
            deterioration.stop(stay.patient, tS);
            stay.edCare = events.at(tS + edTimeS, t -> leaveEd(stay, t));
        }
    }

    private void leaveEd(Stay stay, double tS) {
        edBusy--;
        stay.edCare = null;
        stay.leftEd = true;
        if (stay.waitingForIcu) {
            deterioration.resume(stay.patient, tS);
        }
        startEdCare(tS);
    }

    private void declare(SurgeTier next, double tS) {
        tier = next;
        if (next == SurgeTier.CRISIS) {
            crisisSinceS = tS;
        }
        log.hospitalTier(tS, id, country, next, occupiedBeds());
    }

    private int incidentBeds() {
        return wardPatients + icuPatients;
    }

    /** Beds for incident patients at {@code tier}: the tier's capacity less the baseline. */
    private int bedsFor(SurgeTier level, double tS) {
        return switch (level) {
            case CONVENTIONAL -> conventionalBeds() - baselineBeds;
            case CONTINGENCY -> contingencyBeds() - baselineBeds;
            case CRISIS -> crisisBeds(tS) - baselineBeds;
        };
    }

    private int icuBedsFor(SurgeTier level) {
        return level == SurgeTier.CONVENTIONAL ? freeIcuBeds : freeIcuBeds + surgeIcuBeds;
    }

    private int earlyDischarges(double tS) {
        if (Double.isNaN(crisisSinceS)) {
            return 0;
        }
        double share = Math.min(1, (tS - crisisSinceS) / earlyDischargeS);
        return (int) Math.floor(earlyDischargeBeds * share);
    }

    private static SurgeTier next(SurgeTier tier) {
        return tier == SurgeTier.CONVENTIONAL ? SurgeTier.CONTINGENCY : SurgeTier.CRISIS;
    }

    /** An incident patient in a ward or ICU bed (booked on arrival), with its way through the ED. */
    private static final class Stay {
        final Patient patient;
        final long order;
        HospitalWard ward;
        int edPriority;
        ScheduledEvent edCare;
        boolean leftEd;
        boolean waitingForIcu;
        boolean gone;

        Stay(Patient patient, long order) {
            this.patient = patient;
            this.order = order;
        }
    }
}
