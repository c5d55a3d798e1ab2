package org.cbrnsim.response.scene;

import org.cbrnsim.scenario.PpeLevel;

/**
 * What a crew's protective equipment does against a gas: the respiratory protection factor, and whether it allows
 * an entry into the hot zone.
 *
 * <p><b>Protection factors</b> are OSHA's assigned protection factors, 29 CFR 1910.134(d)(3)(i)(A) Table 1
 * (Assigned Protection Factors final rule, 71 FR 50121, 24 Aug 2006) [K]: a self-contained breathing apparatus
 * (SCBA) in pressure-demand mode with a full facepiece, 10 000; a full-facepiece air-purifying respirator, 50;
 * no respirator, 1. Levels A and B are worn with a positive-pressure full-facepiece SCBA (29 CFR 1910.120
 * Appendix B), as is structural turnout gear; level C with an air-purifying respirator, taken as full-facepiece.
 * The breathed concentration is the outside one divided by the factor.
 *
 * <p><b>Hot-zone entry</b> is allowed in levels A, B and structural gear with SCBA. The hot zone is where the
 * concentration may be immediately dangerous to life or health (IDLH; chlorine 10 ppm, NIOSH), and in an IDLH
 * atmosphere OSHA allows only a full-facepiece pressure-demand SCBA or an airline respirator with an escape
 * cylinder (29 CFR 1910.134(d)(2)(i)) [K]; so not level C, whose air-purifying cartridges need the contaminant and
 * its concentration known and below their limit (29 CFR 1910.120 Appendix B), and not a uniform. Structural gear
 * is allowed for rescue: chlorine harms through the lungs, which the SCBA protects as in level B, and its skin
 * effects at survivable concentrations are irritation; the US Army's tests found turnout gear with SCBA enough for
 * 30 minutes of rescue of known living casualties even in nerve-agent vapour, far more toxic through the skin
 * (Marshall, Fedele &amp; Lake 1999, SBCCOM/ECBC-TR-132, the "3/30 rule") [K]. Contact with liquid chlorine is
 * another matter (ERG 2020 Guide 124: structural clothing gives limited protection, not where contact with the
 * substance is possible): rescuers are taken to stay out of the pool [A].
 */
public final class PpeProtection {

    /** SCBA, pressure-demand, full facepiece (29 CFR 1910.134 Table 1). */
    public static final double SCBA_FACTOR = 10_000;
    /** Air-purifying respirator, full facepiece (29 CFR 1910.134 Table 1). */
    public static final double FULL_FACE_AIR_PURIFYING_FACTOR = 50;

    private PpeProtection() {
    }

    /** The assigned protection factor of the equipment's respirator (1 without one). */
    public static double protectionFactor(PpeLevel ppe) {
        return switch (ppe) {
            case A, B, STRUCTURAL -> SCBA_FACTOR;
            case C -> FULL_FACE_AIR_PURIFYING_FACTOR;
            case NONE -> 1;
        };
    }

    /** True for equipment that allows an entry into the hot zone: levels A, B and structural gear with SCBA. */
    public static boolean allowsHotZoneEntry(PpeLevel ppe) {
        return ppe == PpeLevel.A || ppe == PpeLevel.B || ppe == PpeLevel.STRUCTURAL;
    }
}
