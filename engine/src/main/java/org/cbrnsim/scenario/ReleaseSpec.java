package org.cbrnsim.scenario;

import org.cbrnsim.hazard.source.Breach;
import org.cbrnsim.hazard.source.StorageTank;

/** How the chemical gets into the air: a direct release, or a pressurised liquefied gas leaving a tank. */
public sealed interface ReleaseSpec permits ReleaseSpec.Direct, ReleaseSpec.Tank {

    /**
     * A direct release (ALOHA's "direct" source, dispersion.md §1.9): a mass released all at once
     * ({@code durationS} = 0), or spread evenly over a duration. The format's "rate + duration" is the
     * mass rate × duration spread over the duration.
     *
     * @param massKg    the mass released (kg, &gt; 0)
     * @param durationS how long it takes (s, ≥ 0; 0 for an instantaneous release)
     */
    record Direct(double massKg, double durationS) implements ReleaseSpec {

        /** @throws IllegalArgumentException for a mass not above 0 or a negative duration */
        public Direct {
            Check.positive("release mass", massKg, "kg");
            Check.nonNegative("release duration", durationS, "s");
        }

        /** A constant rate for a duration. */
        public static Direct continuous(double rateKgPerS, double durationS) {
            Check.positive("release rate", rateKgPerS, "kg/s");
            Check.positive("release duration", durationS, "s");
            return new Direct(rateKgPerS * durationS, durationS);
        }

        /** True when the whole mass is released at once. */
        public boolean isInstantaneous() {
            return durationS == 0;
        }

        /**
         * The constant rate (kg/s).
         *
         * @throws IllegalStateException for an instantaneous release, which has no rate
         */
        public double rateKgPerS() {
            if (isInstantaneous()) {
                throw new IllegalStateException("an instantaneous release of " + massKg + " kg has no rate");
            }
            return massKg / durationS;
        }
    }

    /**
     * A pressurised liquefied gas escaping from a tank or rail tank car through a hole below the liquid
     * level, for {@link org.cbrnsim.hazard.source.FlashingRelease}.
     *
     * @param inventoryKg   liquid in the tank (kg, &gt; 0)
     * @param temperatureK  storage temperature (K, &gt; 0; the flashing model needs it above the boiling point)
     * @param holeDiameterM diameter of the hole (m, &gt; 0)
     * @param headM         liquid height above the hole (m, ≥ 0)
     */
    record Tank(double inventoryKg, double temperatureK, double holeDiameterM, double headM) implements ReleaseSpec {

        /** @throws IllegalArgumentException for a value out of range */
        public Tank {
            Check.positive("tank inventory", inventoryKg, "kg");
            Check.positive("storage temperature", temperatureK, "K");
            Check.positive("hole diameter", holeDiameterM, "m");
            Check.nonNegative("liquid head above the hole", headM, "m");
        }

        /** The tank as the flashing release model takes it. */
        public StorageTank storageTank() {
            return new StorageTank(inventoryKg, temperatureK, headM);
        }

        /** The hole as the flashing release model takes it (a sharp-edged hole, no pipe). */
        public Breach breach() {
            return Breach.hole(holeDiameterM);
        }
    }
}
