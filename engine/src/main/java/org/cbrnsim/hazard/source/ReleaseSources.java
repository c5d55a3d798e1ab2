package org.cbrnsim.hazard.source;

/**
 * Builds the direct release the command line describes: {@code --rate R --duration D} (continuous),
 * {@code --mass M} alone (instantaneous) or {@code --mass M --duration D} (the mass spread evenly
 * over D).
 */
public final class ReleaseSources {

    private ReleaseSources() {
    }

    /**
     * The direct release for the given options; a null argument means the option was not given.
     *
     * @param rateKgPerS        release rate (kg/s), or null
     * @param massKg            released mass (kg), or null
     * @param durationS         release duration (s), or null
     * @param molarMassKgPerMol molar mass of the gas (kg/mol)
     * @throws IllegalArgumentException for any other combination, saying which ones are accepted
     */
    public static ReleaseSource direct(Double rateKgPerS, Double massKg, Double durationS, double molarMassKgPerMol) {
        if (rateKgPerS != null && massKg == null && durationS != null) {
            return new ContinuousRelease(rateKgPerS, durationS, molarMassKgPerMol);
        }
        if (rateKgPerS == null && massKg != null) {
            return durationS == null
                    ? new InstantaneousRelease(massKg, molarMassKgPerMol)
                    : spreadEvenly(massKg, durationS, molarMassKgPerMol);
        }
        throw new IllegalArgumentException("a direct release needs either a rate with a duration, or a mass "
                + "(alone for an instantaneous release, or with a duration), got rate=" + rateKgPerS + " kg/s, mass="
                + massKg + " kg, duration=" + durationS + " s");
    }

    /** {@code massKg} released at a constant rate over {@code durationS}. */
    public static ContinuousRelease spreadEvenly(double massKg, double durationS, double molarMassKgPerMol) {
        return new ContinuousRelease(Require.positive("released mass", massKg, "kg")
                / Require.positive("release duration", durationS, "s"), durationS, molarMassKgPerMol);
    }
}
