package org.cbrnsim.response;

import org.cbrnsim.scenario.UnitType;

/**
 * What the responders and hospitals tell the event log, one call per happening at its exact time. The response
 * mechanics call it; the run turns each call into a typed event of {@code org.cbrnsim.record}. All methods
 * default to doing nothing. A patient is named by its id ({@code p<resident index>}); units, hospitals and
 * places by their scenario ids; countries by ISO code.
 */
public interface ResponseEvents {

    /** Ignores every event. */
    ResponseEvents NONE = new ResponseEvents() {
    };

    /** The first emergency call about the release {@code hazardId} reached the dispatch centre of {@code country}. */
    default void firstCall(double tS, String country, String hazardId) {
    }

    /** {@code unitId} was sent from its station to {@code destinationId}, {@code roadM} metres away by road. */
    default void unitDispatched(double tS, String unitId, UnitType type, String agencyId, String country,
                                String destinationId, double roadM) {
    }

    /** {@code unitId} arrived at the scene {@code placeId}, {@code responseS} seconds after the first call. */
    default void unitOnScene(double tS, String unitId, UnitType type, String country, String placeId,
                             double responseS) {
    }

    /**
     * {@code unitId} began {@code task} (one of {@link UnitTask}); a unit's tasks follow one another, each
     * ending when the next begins, so the events of a unit give its Gantt bar.
     */
    default void unitTask(double tS, String unitId, String country, UnitTask task, String placeId) {
    }

    /** Command's estimate of the hazard area changed: its {@code tier} area reaches {@code radiusM} from the source. */
    default void hazardEstimated(double tS, String actorId, String country, String hazardId, int tier,
                                 double radiusM, boolean fromReadings) {
    }

    /** The cordon stands around {@code hazardId}: hot zone to {@code hotRadiusM}, warm zone to {@code warmRadiusM}. */
    default void cordonSet(double tS, String actorId, String country, String hazardId, double hotRadiusM,
                           double warmRadiusM) {
    }

    /** The decontamination line of {@code unitId} opened at {@code placeId}. */
    default void deconOpened(double tS, String unitId, String country, String placeId) {
    }

    /** {@code patientId} was triaged (or re-triaged) as {@code category} by {@code actorId} at {@code placeId}. */
    default void patientTriaged(double tS, String actorId, String country, String patientId, TriageCategory category,
                                String placeId) {
    }

    /** {@code patientId} left with {@code unitId} for {@code hospitalId}. */
    default void patientTransported(double tS, String unitId, String country, String patientId,
                                    TriageCategory category, String hospitalId) {
    }

    /**
     * {@code patientId} reached {@code hospitalId} and was taken into {@code ward}; {@code decontaminated} is
     * false for a self-referral who skipped decontamination.
     */
    default void patientAdmitted(double tS, String hospitalId, String country, String patientId,
                                 TriageCategory category, HospitalWard ward, boolean decontaminated) {
    }

    /** {@code patientId} died: before reaching care ({@code inHospital} false) or in hospital. */
    default void patientDied(double tS, String placeId, String country, String patientId, boolean inHospital) {
    }

    /** {@code hospitalId} moved to surge {@code tier} with {@code occupiedBeds} of its beds taken. */
    default void hospitalTier(double tS, String hospitalId, String country, SurgeTier tier, int occupiedBeds) {
    }

    /** {@code hospitalId} was full and sent {@code patientId} on to {@code toHospitalId} ("" when nowhere had room). */
    default void hospitalDiverted(double tS, String hospitalId, String country, String patientId,
                                  String toHospitalId) {
    }

    /** {@code injured} crew of {@code unitId} were hurt by the gas, the worst reaching {@code severity}. */
    default void respondersInjured(double tS, String unitId, String country, int injured, String severity) {
    }
}
