/**
 * Debrief charts, the report and the live views. Reads the engine's records and events; the engine
 * never depends on this module.
 */
package org.cbrnsim.viz;
