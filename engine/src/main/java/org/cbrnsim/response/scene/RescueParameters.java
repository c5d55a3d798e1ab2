package org.cbrnsim.response.scene;

/**
 * How rescuers in protective equipment bring non-ambulatory casualties out of the hot zone, besides the air
 * supply ({@code ResponseParameters.Scene.ppeWorkS}).
 *
 * @param walkInMPerS   walking speed in protective equipment to a casualty (m/s)
 * @param carryOutMPerS walking speed of a pair carrying a casualty on a stretcher (m/s)
 * @param handlingS     time at the casualty (reach, assess, load on the stretcher) and handing over at the line (s)
 * @param restS         after an entry: cylinder change, the rescuers' own decontamination and rest (s)
 * @param donningS      from a team's arrival to its pairs ready to go in: dressing, checks, briefing (s)
 * @param backupPairs   pairs that stay outside, dressed and ready, while any pair is inside
 */
public record RescueParameters(double walkInMPerS, double carryOutMPerS, double handlingS, double restS,
                               double donningS, int backupPairs) {

    public RescueParameters {
        if (!(walkInMPerS > 0) || !(carryOutMPerS > 0) || Double.isInfinite(walkInMPerS)
                || Double.isInfinite(carryOutMPerS)) {
            throw new IllegalArgumentException("rescue walking speeds must be finite and > 0 m/s, got "
                    + walkInMPerS + " and " + carryOutMPerS);
        }
        if (!(handlingS >= 0) || !(restS >= 0) || !(donningS >= 0) || Double.isInfinite(handlingS)
                || Double.isInfinite(restS) || Double.isInfinite(donningS)) {
            throw new IllegalArgumentException("rescue handling, rest and donning times must be finite and >= 0 s");
        }
        if (backupPairs < 0) {
            throw new IllegalArgumentException("back-up pairs must be >= 0, got " + backupPairs);
        }
    }

    /**
     * Defaults. Walking in at 1.0 m/s [A] (below the 1.3 m/s of unhurried walking, for the equipment's weight and
     * restricted view). Carrying out at 0.5 m/s [A]: soldiers in uniform carried a 6.8-kg stretcher with an 81.6-kg
     * manikin at 4.8 km/h (1.33 m/s), but two-person hand-carry teams lasted only 3.0 ± 1.8 min at that pace (Rice et
     * al. 1996, Int. J. Ind. Ergon. 18:27–40) [K]; in protective equipment we take a pace a pair can keep. Handling
     * 120 s [A]. Rest 20 min [A]. Donning 5 min [A]. One back-up pair: "back-up personnel shall stand by with
     * equipment ready to provide assistance or rescue" (29 CFR 1910.120(q)(3)(vi); the buddy system of
     * (q)(3)(v) is the pair) [K].
     */
    public static RescueParameters defaults() {
        return new RescueParameters(1.0, 0.5, 120, 1200, 300, 1);
    }
}
