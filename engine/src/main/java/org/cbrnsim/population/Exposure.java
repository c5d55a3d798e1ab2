package org.cbrnsim.population;

import java.util.Arrays;

/**
 * One step of exposure for every resident: the air box (building or cabin) follows the outdoor
 * concentration by {@link IndoorAir}; the breathed concentration is the outdoor one outdoors and
 * the box's indoors and in a vehicle; it adds to the toxic load D = Σ Cⁿ·Δt in the probit's units
 * (TNO Purple Book CPR 18E §5.2.2; C converted from kg/m³ to the probit's ppm or mg/m³ as
 * {@link org.cbrnsim.hazard.effects.ToxicLoad} does, t in minutes) and to the integral ∫C dt used
 * for the AEGL comparison.
 *
 * <p>The outdoor concentration is the one sampled in the resident's {@link OutdoorGrid} cell for
 * this step, held constant over the step (t − Δt, t]. Outdoors, (k·C)ⁿ is computed once per cell;
 * indoors, once per resident by the midpoint rule ({@link IndoorAir}); nothing is computed for a
 * resident whose box and outdoor air are both clean. The AEGL exposure clock starts in the first
 * step whose mean breathed concentration reaches the lowest level of the substance's guideline
 * table, so that the far tails of a Gaussian field do not dilute the time average; ∫C dt counts
 * from then on. A box concentration below the smallest normal float is set to 0.
 */
public final class Exposure {

    private static final double SECONDS_PER_MINUTE = 60.0;

    private final IndoorAir air;
    private final boolean hasProbit;
    private final double n;
    private final double unitPerKgPerM3;
    private final double clockStartKgPerM3;
    private double[] cellLoadPerS = new double[0];

    /** Exposure through the boxes of {@code air} for the chemical of {@code health}. */
    public Exposure(IndoorAir air, HealthParameters health) {
        this.air = air;
        this.hasProbit = health.probit().isPresent();
        this.n = health.probit().map(p -> p.n()).orElse(1.0);
        this.unitPerKgPerM3 = health.probitUnitPerKgPerM3();
        double lowest = new AeglLevels(health).lowestKgPerM3();
        this.clockStartKgPerM3 = Double.isNaN(lowest) ? Double.POSITIVE_INFINITY : lowest;
    }

    /** Advances every living, not-arrived resident over the step (tS − dtS, tS] with the grid's current samples. */
    public void step(Residents r, OutdoorGrid grid, double tS, double dtS) {
        air.prepare(dtS);
        prepareCellLoads(grid);
        double dtMin = dtS / SECONDS_PER_MINUTE;
        float stepStartS = (float) (tS - dtS);
        byte outdoors = LocationState.OUTDOORS.code();
        byte indoors = LocationState.INDOORS.code();
        byte vehicle = LocationState.VEHICLE.code();
        for (int i = 0; i < r.count(); i++) {
            if (!r.inPlay(i)) {
                continue;
            }
            byte location = r.location[i];
            int cell = grid.cellOf(i);
            double outdoor = grid.cellKgPerM3(cell);
            double box = r.boxKgPerM3[i];
            if (outdoor == 0.0 && box == 0.0) {
                continue;
            }
            boolean sealed = (r.flags[i] & Residents.SEALED) != 0;
            int k = location == vehicle ? IndoorAir.vehicleBox(sealed)
                    : IndoorAir.box(r.building[i], sealed && location == indoors);
            double next = air.after(k, box, outdoor);
            r.boxKgPerM3[i] = next < Float.MIN_NORMAL ? 0f : (float) next;
            double dose;
            double load;
            if (location == outdoors) {
                dose = outdoor * dtS;
                load = cellLoadPerS[cell] * dtS;
            } else {
                dose = air.integral(k, box, outdoor);
                double midpoint = air.midpoint(k, box, outdoor);
                load = hasProbit && midpoint > 0 ? Math.pow(unitPerKgPerM3 * midpoint, n) * dtMin : 0.0;
            }
            r.toxicLoad[i] += (float) load;
            if (Float.isNaN(r.exposureStartS[i])) {
                if (dose < clockStartKgPerM3 * dtS) {
                    continue;
                }
                r.exposureStartS[i] = stepStartS;
            }
            r.doseKgSPerM3[i] += (float) dose;
        }
    }

    /** (k·C)ⁿ per minute, expressed per second of exposure, in every cell sampled this step. */
    private void prepareCellLoads(OutdoorGrid grid) {
        if (cellLoadPerS.length < grid.cellCount()) {
            cellLoadPerS = Arrays.copyOf(cellLoadPerS, Math.max(grid.cellCount(), 2 * cellLoadPerS.length));
        }
        for (int a = 0; a < grid.activeCount(); a++) {
            int cell = grid.activeCell(a);
            double outdoor = grid.cellKgPerM3(cell);
            cellLoadPerS[cell] = hasProbit && outdoor > 0
                    ? Math.pow(unitPerKgPerM3 * outdoor, n) / SECONDS_PER_MINUTE : 0.0;
        }
    }
}
