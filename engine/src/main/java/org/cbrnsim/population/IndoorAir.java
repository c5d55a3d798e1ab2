package org.cbrnsim.population;

/**
 * The single-box indoor air model with a first-order indoor sink,
 * <pre>  dC_in/dt = λ·(C_out − C_in) − k·C_in</pre>
 * λ the air changes per unit time (exercise-and-response.md §4.5: Chan, Price &amp; Gadgil, LBNL; Wilson
 * 1986; the same R-C filter as ALOHA's indoor model, ALOHA Tech Doc §4.6) and k the first-order loss of
 * a reactive gas to indoor surfaces, k = v<sub>d,in</sub>·S/V (casualty-mechanisms.md §3.2; Nazaroff &amp;
 * Cass 1986; values per substance in {@link IndoorSinks}). With C_out held constant over a step Δt the
 * linear equation has, with μ = λ + k and the steady-state ratio ρ = λ/(λ + k) (C_in/C_out at
 * equilibrium), the exact solution
 * <pre>  C_in(t + s) = ρ·C_out + (C_in(t) − ρ·C_out)·e^(−μ·s),  0 ≤ s ≤ Δt</pre>
 * and the exact step integral ∫C_in ds = ρ·C_out·Δt + (C_in(t) − ρ·C_out)·(1 − e^(−μΔt))/μ, used for the
 * time-averaged concentration (AEGL comparison). The toxic load ∫C_inⁿ ds has no closed form for
 * general n; it is taken by the midpoint rule, C_in(t + Δt/2)ⁿ·Δt. Its relative error is large only in
 * the first steps after C_in starts from 0, where the load is negligible: over a 1-h square plume and
 * the hour after it the total load is within 0.05 % of the exact integral for buildings (λ + k ≤ 7.3 /h)
 * and 0.15 % for a car (25 /h) at Δt = 60 s and n ≤ 3.7 (IndoorAirTest).
 *
 * <p>The sink acts in buildings only; vehicle cabins keep k = 0 (no published cabin value was found,
 * and the cabin's own air exchange of 5–25 /h dominates). Sorbed gas is lost for good: desorption after
 * the plume (Karlsson &amp; Huber 1996) is not modelled, so the post-plume indoor tail is, if anything,
 * too short for a strongly sorbing gas.
 *
 * <p>An instance holds, for one step length, the factors of the ten air boxes: four building types ×
 * normal/sealed and the vehicle cabin × normal/sealed, so that the per-resident update is two
 * multiplications and at most one power.
 */
public final class IndoorAir {

    private static final int VEHICLE_BOX = 2 * BuildingType.values().length;
    private static final int BOXES = VEHICLE_BOX + 2;

    private final double[] airChangesPerS = new double[BOXES];
    private final double[] removalPerS = new double[BOXES];
    private final double[] steadyStateRatio = new double[BOXES];
    private final double[] decay = new double[BOXES];
    private final double[] halfDecay = new double[BOXES];
    private final double[] integralWeightS = new double[BOXES];
    private double preparedStepS = Double.NaN;

    /** The boxes of {@code rates} without an indoor sink (an inert gas). */
    public IndoorAir(AirExchangeRates rates) {
        this(rates, 0.0);
    }

    /**
     * The boxes of {@code rates}, buildings losing the gas to their surfaces at {@code indoorLossPerS}
     * (k ≥ 0, 1/s); call {@link #prepare(double)} before using the factors.
     */
    public IndoorAir(AirExchangeRates rates, double indoorLossPerS) {
        if (!(indoorLossPerS >= 0 && Double.isFinite(indoorLossPerS))) {
            throw new IllegalArgumentException("indoor loss rate must be >= 0 1/s, got " + indoorLossPerS);
        }
        for (BuildingType type : BuildingType.values()) {
            for (boolean sealed : new boolean[] {false, true}) {
                setBox(box(type.code(), sealed), rates.of(type).perS(sealed), indoorLossPerS);
            }
        }
        setBox(vehicleBox(false), rates.vehicle().perS(false), 0.0);
        setBox(vehicleBox(true), rates.vehicle().perS(true), 0.0);
    }

    private void setBox(int box, double lambdaPerS, double lossPerS) {
        airChangesPerS[box] = lambdaPerS;
        removalPerS[box] = lambdaPerS + lossPerS;
        steadyStateRatio[box] = lambdaPerS / (lambdaPerS + lossPerS);
    }

    /** Box index of a building of type {@code buildingCode}, sealed or not. */
    static int box(byte buildingCode, boolean sealed) {
        return 2 * buildingCode + (sealed ? 1 : 0);
    }

    /** Box index of a vehicle cabin, sealed (recirculating) or not. */
    static int vehicleBox(boolean sealed) {
        return VEHICLE_BOX + (sealed ? 1 : 0);
    }

    /** Computes the factors for steps of {@code dtS} (cheap to call again with the same step). */
    public void prepare(double dtS) {
        if (!(dtS > 0 && Double.isFinite(dtS))) {
            throw new IllegalArgumentException("step must be > 0 s, got " + dtS);
        }
        if (dtS == preparedStepS) {
            return;
        }
        for (int k = 0; k < BOXES; k++) {
            double mu = removalPerS[k];
            decay[k] = Math.exp(-mu * dtS);
            halfDecay[k] = Math.exp(-mu * dtS / 2.0);
            integralWeightS[k] = -Math.expm1(-mu * dtS) / mu;
        }
        preparedStepS = dtS;
    }

    /** λ of box {@code box} (1/s). */
    double airChangesPerS(int box) {
        return airChangesPerS[box];
    }

    /** C_in/C_out once the box has come to equilibrium with a constant outdoor concentration: λ/(λ + k). */
    double steadyStateRatio(int box) {
        return steadyStateRatio[box];
    }

    /** C_in at the end of the prepared step: ρC_out + (C_in − ρC_out)·e^(−μΔt). */
    double after(int box, double boxKgPerM3, double outdoorKgPerM3) {
        double equilibrium = steadyStateRatio[box] * outdoorKgPerM3;
        return equilibrium + (boxKgPerM3 - equilibrium) * decay[box];
    }

    /** C_in at the middle of the prepared step: ρC_out + (C_in − ρC_out)·e^(−μΔt/2). */
    double midpoint(int box, double boxKgPerM3, double outdoorKgPerM3) {
        double equilibrium = steadyStateRatio[box] * outdoorKgPerM3;
        return equilibrium + (boxKgPerM3 - equilibrium) * halfDecay[box];
    }

    /** ∫C_in dt over the prepared step (kg·s/m³): ρC_out·Δt + (C_in − ρC_out)·(1 − e^(−μΔt))/μ. */
    double integral(int box, double boxKgPerM3, double outdoorKgPerM3) {
        double equilibrium = steadyStateRatio[box] * outdoorKgPerM3;
        return equilibrium * preparedStepS + (boxKgPerM3 - equilibrium) * integralWeightS[box];
    }
}
