/**
 * Responder units and how they move: the {@link org.cbrnsim.response.units.Fleet} of all agencies' units with their
 * state, travel over the road network ({@link org.cbrnsim.response.units.RoadTravel}), and the alarm and dispatch of
 * one incident ({@link org.cbrnsim.response.units.Dispatcher}): first call, first assignment, requests for more
 * units, transport and return. Every move is an exact-time event on the
 * {@link org.cbrnsim.sim.EventScheduler}; every happening goes out through
 * {@link org.cbrnsim.response.ResponseEvents}.
 */
package org.cbrnsim.response.units;
