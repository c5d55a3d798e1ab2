package org.cbrnsim.hazard.source;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.cbrnsim.hazard.substance.PropertyCorrelation;
import org.cbrnsim.hazard.substance.Substance;

/**
 * The adiabatic flash of a pressurised liquefied gas let down to atmospheric pressure: the fraction
 * of the liquid that turns to vapour as its superheat above the normal boiling point Tb is spent.
 *
 * <p>Both forms integrate the liquid heat capacity from Tb to the storage temperature T and use the
 * heat of vaporisation at Tb (CCPS 1999, <i>Guidelines for Consequence Analysis of Chemical
 * Releases</i>, §2.1.2 flashing; Crowl &amp; Louvar 2011, <i>Chemical Process Safety</i>, 3rd ed.,
 * eqs. 4-90 and 4-92 [M]; computed for our substances in substances.md §10):
 * <ul>
 *   <li>simple: f = ∫c<sub>p,L</sub> dT / ΔH<sub>v</sub>(Tb);</li>
 *   <li>exponential: f = 1 − exp(−∫c<sub>p,L</sub> dT / ΔH<sub>v</sub>(Tb)), which integrates
 *       df = c<sub>p</sub>(1 − f) dT/ΔH<sub>v</sub> as the liquid that is left cools, and so stays
 *       below 1.</li>
 * </ul>
 */
public final class FlashFraction {

    private static final String MODEL = "flash-fraction model";
    private static final int MAX_EVALUATIONS = 10_000;
    /**
     * Relative accuracy of ∫c<sub>p</sub> dT: far below the 2–3 significant digits of the c<sub>p</sub>
     * data, and reached within the evaluation budget also when c<sub>p</sub> is a table interpolated
     * linearly (its kinks defeat tighter limits).
     */
    private static final double RELATIVE_ACCURACY = 1e-6;

    private FlashFraction() {
    }

    /** Sensible heat ∫c<sub>p,L</sub> dT from Tb to {@code storageTemperatureK} (J/kg). */
    public static double superheatJPerKg(Substance substance, double storageTemperatureK) {
        requireAboveBoiling(substance, storageTemperatureK);
        PropertyCorrelation heatCapacity = Require.property(substance, substance.liquidHeatCapacityJPerKgK(),
                "liquid heat capacity", MODEL);
        return new IterativeLegendreGaussIntegrator(5, RELATIVE_ACCURACY, 1e-9)
                .integrate(MAX_EVALUATIONS, heatCapacity::at, substance.normalBoilingPointK(), storageTemperatureK);
    }

    /** The simple form f = ∫c<sub>p</sub> dT / ΔH<sub>v</sub>(Tb), which can exceed 1 for large superheat. */
    public static double simple(Substance substance, double storageTemperatureK) {
        return superheatJPerKg(substance, storageTemperatureK) / heatOfVaporisationAtBoilingJPerKg(substance);
    }

    /** The exponential form f = 1 − exp(−∫c<sub>p</sub> dT / ΔH<sub>v</sub>(Tb)). */
    public static double exponential(Substance substance, double storageTemperatureK) {
        return -Math.expm1(-simple(substance, storageTemperatureK));
    }

    private static double heatOfVaporisationAtBoilingJPerKg(Substance substance) {
        return Require.positive("heat of vaporisation of " + substance.id() + " at its boiling point",
                Require.property(substance, substance.heatOfVaporisationJPerKg(), "heat of vaporisation", MODEL)
                        .at(substance.normalBoilingPointK()), "J/kg");
    }

    /** {@code storageTemperatureK}, if the liquid stored at it is superheated; otherwise an IllegalArgumentException. */
    static double requireAboveBoiling(Substance substance, double storageTemperatureK) {
        if (!(storageTemperatureK > substance.normalBoilingPointK())) {
            throw new IllegalArgumentException("a flashing release needs a storage temperature above the normal "
                    + "boiling point of " + substance.id() + " (" + substance.normalBoilingPointK() + " K), got "
                    + storageTemperatureK + " K; a liquid below its boiling point forms an evaporating puddle");
        }
        return storageTemperatureK;
    }
}
