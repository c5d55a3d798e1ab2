package org.cbrnsim.hazard.substance;

/**
 * Families of tiered emergency exposure guidelines, in the order ALOHA prefers them for default
 * levels of concern (dispersion.md §1.8): AEGL, else ERPG, else PAC.
 */
public enum GuidelineSystem {
    /** Acute Exposure Guideline Levels (US EPA / NRC), 10 min to 8 h. */
    AEGL,
    /** Emergency Response Planning Guidelines (AIHA), 60 min. */
    ERPG,
    /** Protective Action Criteria (US DOE): AEGL, then ERPG, then TEEL; 60 min. */
    PAC
}
