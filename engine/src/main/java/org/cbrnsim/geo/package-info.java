/**
 * Geography of a scenario in a local metric frame: WGS84 ↔ local metres ({@link org.cbrnsim.geo.LocalProjection}),
 * countries and their borders ({@link org.cbrnsim.geo.Countries}), places ({@link org.cbrnsim.geo.Places}) and the
 * road network with travel times ({@link org.cbrnsim.geo.RoadNetwork}).
 *
 * <p>Conventions. Local coordinates are metres, x east and y north of the scenario origin (grid axes of an
 * azimuthal equidistant projection centred on the origin). Bearings are degrees clockwise from true north. A wind
 * direction is where the wind blows FROM (meteorological convention); the cloud moves towards the opposite bearing.
 * Geographic input is plain values ({@code double} latitude/longitude, lists of {@code [lat, lon]}), so the scenario
 * loader maps its records onto these constructors. Every collection keeps its input order and every tie is broken
 * by that order, so the same scenario gives the same answers on every run.
 */
package org.cbrnsim.geo;
