package org.cbrnsim.run;

import org.cbrnsim.record.CordonSet;
import org.cbrnsim.record.DeconOpened;
import org.cbrnsim.record.EventLog;
import org.cbrnsim.record.FirstCall;
import org.cbrnsim.record.HazardEstimated;
import org.cbrnsim.record.HospitalDiverted;
import org.cbrnsim.record.HospitalTierChanged;
import org.cbrnsim.record.PatientAdmitted;
import org.cbrnsim.record.PatientDied;
import org.cbrnsim.record.PatientTransported;
import org.cbrnsim.record.PatientTriaged;
import org.cbrnsim.record.RespondersInjured;
import org.cbrnsim.record.UnitDispatched;
import org.cbrnsim.record.UnitOnScene;
import org.cbrnsim.record.UnitTaskStarted;
import org.cbrnsim.response.HospitalWard;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.SurgeTier;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.UnitType;

/**
 * Writes what the responders and hospitals do into the event log: each call of {@link ResponseEvents} becomes one
 * event record, at its exact time. Hazard-area tiers are named as the run's levels of concern name them ("AEGL-2").
 */
final class RecordedResponseEvents implements ResponseEvents {

    private final EventLog log;
    private final String levelSystem;

    /**
     * @param log         where the events go (the simulation's event log)
     * @param levelSystem the name of the run's levels of concern, e.g. "AEGL" (a tier n is written "AEGL-n")
     */
    RecordedResponseEvents(EventLog log, String levelSystem) {
        this.log = log;
        this.levelSystem = levelSystem;
    }

    @Override
    public void firstCall(double tS, String country, String hazardId) {
        log.record(new FirstCall(tS, country, hazardId));
    }

    @Override
    public void unitDispatched(double tS, String unitId, UnitType type, String agencyId, String country,
                               String destinationId, double roadM) {
        log.record(new UnitDispatched(tS, unitId, type, agencyId, country, destinationId, roadM));
    }

    @Override
    public void unitOnScene(double tS, String unitId, UnitType type, String country, String placeId, double responseS) {
        log.record(new UnitOnScene(tS, unitId, type, country, placeId, responseS));
    }

    @Override
    public void unitTask(double tS, String unitId, String country, UnitTask task, String placeId) {
        log.record(new UnitTaskStarted(tS, unitId, country, task, placeId));
    }

    @Override
    public void hazardEstimated(double tS, String actorId, String country, String hazardId, int tier, double radiusM,
                                boolean fromReadings) {
        log.record(new HazardEstimated(tS, actorId, country, hazardId, levelSystem + "-" + tier, radiusM, fromReadings));
    }

    @Override
    public void cordonSet(double tS, String actorId, String country, String hazardId, double hotRadiusM,
                          double warmRadiusM) {
        log.record(new CordonSet(tS, actorId, country, hazardId, hotRadiusM, warmRadiusM));
    }

    @Override
    public void deconOpened(double tS, String unitId, String country, String placeId) {
        log.record(new DeconOpened(tS, unitId, country, placeId));
    }

    @Override
    public void patientTriaged(double tS, String actorId, String country, String patientId, TriageCategory category,
                               String placeId) {
        log.record(new PatientTriaged(tS, actorId, country, patientId, category, placeId));
    }

    @Override
    public void patientTransported(double tS, String unitId, String country, String patientId, TriageCategory category,
                                   String hospitalId) {
        log.record(new PatientTransported(tS, unitId, country, patientId, category, hospitalId));
    }

    @Override
    public void patientAdmitted(double tS, String hospitalId, String country, String patientId, TriageCategory category,
                                HospitalWard ward, boolean decontaminated) {
        log.record(new PatientAdmitted(tS, hospitalId, country, patientId, category, ward, decontaminated));
    }

    @Override
    public void patientDied(double tS, String placeId, String country, String patientId, boolean inHospital) {
        log.record(new PatientDied(tS, placeId, country, patientId, inHospital));
    }

    @Override
    public void hospitalTier(double tS, String hospitalId, String country, SurgeTier tier, int occupiedBeds) {
        log.record(new HospitalTierChanged(tS, hospitalId, country, tier, occupiedBeds));
    }

    @Override
    public void hospitalDiverted(double tS, String hospitalId, String country, String patientId, String toHospitalId) {
        log.record(new HospitalDiverted(tS, hospitalId, country, patientId, toHospitalId));
    }

    @Override
    public void respondersInjured(double tS, String unitId, String country, int injured, String severity) {
        log.record(new RespondersInjured(tS, unitId, country, injured, severity));
    }
}
