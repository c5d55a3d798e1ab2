package org.cbrnsim.app.hazard;

import org.cbrnsim.hazard.zones.LevelOfConcern;

/**
 * A level of concern with the name users know it by, e.g. "AEGL-3 (60 min)" or "LOC 1".
 *
 * @param label  where the level comes from
 * @param colour threat-zone colour: red, orange or yellow (worst first)
 * @param level  the level in ppm and kg/m³
 */
record LabelledLevel(String label, String colour, LevelOfConcern level) {

    static final String[] COLOURS = {"red", "orange", "yellow"};
}
