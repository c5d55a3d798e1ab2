package org.cbrnsim.hazard.source;

/** How much of a flashing jet's liquid stays airborne as aerosol instead of raining out onto the ground. */
public enum Rainout {

    /**
     * Everything discharged stays airborne, as vapour and aerosol: ALOHA's deliberate overestimate for
     * two-phase tank releases (Jones et al. 2013, ALOHA Tech Doc §3.4.5, via HAZEL [S]).
     */
    NONE {
        @Override
        public double airborneFraction(double flashFraction) {
            return 1;
        }
    },

    /**
     * The liquid carried off as fine aerosol equals the vapour flashed, so twice the flash fraction is
     * airborne (at most all of it) and the rest rains out: Kletz (1977), "Unconfined vapour cloud
     * explosions", AIChE Loss Prevention 11, the rule CCPS (1994, 1999) recommends for screening [M].
     */
    TWICE_FLASH_FRACTION {
        @Override
        public double airborneFraction(double flashFraction) {
            return Math.min(1, 2 * flashFraction);
        }
    };

    /** Fraction of the discharged mass that stays airborne, given the flash fraction (0 &lt; f &lt; 1). */
    public abstract double airborneFraction(double flashFraction);
}
