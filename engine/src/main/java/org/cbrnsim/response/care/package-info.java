/**
 * Care of the casualties, as pure mechanics the response wiring calls: {@link org.cbrnsim.response.care.Patient}
 * (an injured resident), {@link org.cbrnsim.response.care.Deterioration} (untreated patients worsen on START's
 * schedule), {@link org.cbrnsim.response.care.TriagePoint} with its {@link org.cbrnsim.response.care.TriageRule}
 * (START or SALT), {@link org.cbrnsim.response.care.DeconLine} (disrobe → shower → re-robe, built on
 * {@link org.cbrnsim.response.care.StageLine}), {@link org.cbrnsim.response.care.Hospital} (ED, beds, ICU and
 * surge tiers) and {@link org.cbrnsim.response.care.HospitalNetwork} with
 * {@link org.cbrnsim.response.care.SelfReferral}. Every happening is an event at its exact time on the run's
 * {@link org.cbrnsim.sim.EventScheduler} and is recorded through {@link org.cbrnsim.response.ResponseEvents};
 * where a patient is, its {@link org.cbrnsim.response.care.CareSite} hears of its worsening and death, so nothing
 * scans the patients.
 */
package org.cbrnsim.response.care;
