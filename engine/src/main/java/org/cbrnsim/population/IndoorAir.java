package org.cbrnsim.population;

/**
 * The single-box indoor air model dC_in/dt = λ·(C_out − C_in), λ the air changes per unit time
 * (exercise-and-response.md §4.5: Chan, Price &amp; Gadgil, LBNL; Wilson 1986; the same R-C filter as
 * ALOHA's indoor model, ALOHA Tech Doc §4.6). With C_out held constant over a step Δt the linear
 * equation has the exact solution
 * <pre>  C_in(t + s) = C_out + (C_in(t) − C_out)·e^(−λ·s),  0 ≤ s ≤ Δt</pre>
 * and the exact step integral ∫C_in ds = C_out·Δt + (C_in(t) − C_out)·(1 − e^(−λΔt))/λ, used for
 * the time-averaged concentration (AEGL comparison). The toxic load ∫C_inⁿ ds has no closed form for
 * general n; it is taken by the midpoint rule, C_in(t + Δt/2)ⁿ·Δt. Its relative error is large only
 * in the first steps after C_in starts from 0, where the load is negligible: over a 1-h square
 * plume and the hour after it the total load is within 0.05 % of the exact integral for buildings
 * (λ ≤ 4 /h) and 0.15 % for a car (25 /h) at Δt = 60 s and n ≤ 3.7 (IndoorAirTest).
 *
 * <p>An instance holds, for one step length, the factors of the ten air boxes: four building types ×
 * normal/sealed and the vehicle cabin × normal/sealed, so that the per-resident update is two
 * multiplications and at most one power.
 */
public final class IndoorAir {

    private static final int VEHICLE_BOX = 2 * BuildingType.values().length;
    private static final int BOXES = VEHICLE_BOX + 2;

    private final double[] airChangesPerS = new double[BOXES];
    private final double[] decay = new double[BOXES];
    private final double[] halfDecay = new double[BOXES];
    private final double[] integralWeightS = new double[BOXES];
    private double preparedStepS = Double.NaN;

    /** The boxes of {@code rates}; call {@link #prepare(double)} before using the factors. */
    public IndoorAir(AirExchangeRates rates) {
        for (BuildingType type : BuildingType.values()) {
            airChangesPerS[box(type.code(), false)] = rates.of(type).perS(false);
            airChangesPerS[box(type.code(), true)] = rates.of(type).perS(true);
        }
        airChangesPerS[vehicleBox(false)] = rates.vehicle().perS(false);
        airChangesPerS[vehicleBox(true)] = rates.vehicle().perS(true);
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
            double lambda = airChangesPerS[k];
            decay[k] = Math.exp(-lambda * dtS);
            halfDecay[k] = Math.exp(-lambda * dtS / 2.0);
            integralWeightS[k] = -Math.expm1(-lambda * dtS) / lambda;
        }
        preparedStepS = dtS;
    }

    /** λ of box {@code box} (1/s). */
    double airChangesPerS(int box) {
        return airChangesPerS[box];
    }

    /** C_in at the end of the prepared step: C_out + (C_in − C_out)·e^(−λΔt). */
    double after(int box, double boxKgPerM3, double outdoorKgPerM3) {
        return outdoorKgPerM3 + (boxKgPerM3 - outdoorKgPerM3) * decay[box];
    }

    /** C_in at the middle of the prepared step: C_out + (C_in − C_out)·e^(−λΔt/2). */
    double midpoint(int box, double boxKgPerM3, double outdoorKgPerM3) {
        return outdoorKgPerM3 + (boxKgPerM3 - outdoorKgPerM3) * halfDecay[box];
    }

    /** ∫C_in dt over the prepared step (kg·s/m³): C_out·Δt + (C_in − C_out)·(1 − e^(−λΔt))/λ. */
    double integral(int box, double boxKgPerM3, double outdoorKgPerM3) {
        return outdoorKgPerM3 * preparedStepS + (boxKgPerM3 - outdoorKgPerM3) * integralWeightS[box];
    }
}
