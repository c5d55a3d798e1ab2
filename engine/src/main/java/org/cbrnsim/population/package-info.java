/**
 * Residents as individual agents, stored as a struct of arrays so that a million of them fit in
 * about 60 MB and step in milliseconds, and the kernels that move them through a chemical
 * incident: warning receipt, the protective decision (shelter, evacuate, nothing), movement along
 * evacuation routes, indoor air and exposure, health (AEGL tier, injury, death by probit) and the
 * aggregate counts. {@link org.cbrnsim.population.Population} is the facade the simulation core
 * calls once per physics step, one method per phase.
 */
package org.cbrnsim.population;
