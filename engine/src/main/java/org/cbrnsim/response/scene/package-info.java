/**
 * What the responders do on scene, as exact-time events: command's estimate of the hazard area
 * ({@link org.cbrnsim.response.scene.HazardEstimate}), the cordon with its hot, warm and cold zones
 * ({@link org.cbrnsim.response.scene.Cordon}), rescue of non-ambulatory casualties from the hot zone limited by the
 * air supply ({@link org.cbrnsim.response.scene.HotZoneRescue}), and the crews' own exposure through their
 * protective equipment ({@link org.cbrnsim.response.scene.ResponderExposure}). Each class is told of units arriving
 * by the integrator (their {@code unitArrived} methods fit {@link org.cbrnsim.response.units.UnitArrival}).
 */
package org.cbrnsim.response.scene;
