package org.cbrnsim.hazard.effects;

import org.cbrnsim.units.IdealGas;
import java.util.Objects;

import org.cbrnsim.hazard.substance.ProbitFunction;

/**
 * The toxic load D = Σ Cᵢⁿ·Δtᵢ of a person exposed to a time-varying concentration (TNO Purple
 * Book CPR 18E §5.2.2), accumulated in the units of one probit function: concentrations given in
 * kg/m³ are converted to the probit's ppm (at this load's temperature and pressure) or mg/m³, and
 * steps given in s to minutes. Mutable: one instance per person (or receptor) and probit set.
 */
public final class ToxicLoad {

    private static final double SECONDS_PER_MINUTE = 60.0;

    private final ProbitFunction probit;
    private final double molarMassKgPerMol;
    private final double temperatureK;
    private final double pressurePa;
    private double load;

    /**
     * An empty load for {@code probit}; ppm are taken at {@code temperatureK} and {@code pressurePa}.
     */
    public ToxicLoad(ProbitFunction probit, double molarMassKgPerMol, double temperatureK, double pressurePa) {
        this.probit = Objects.requireNonNull(probit, "probit");
        this.molarMassKgPerMol = molarMassKgPerMol;
        this.temperatureK = temperatureK;
        this.pressurePa = pressurePa;
        IdealGas.requireState(molarMassKgPerMol, temperatureK, pressurePa);
    }

    /** Adds Cⁿ·Δt for a concentration held for {@code durationS}. */
    public void add(double concentrationKgPerM3, double durationS) {
        if (!(concentrationKgPerM3 >= 0)) {
            throw new IllegalArgumentException("concentration must be >= 0 kg/m³, got " + concentrationKgPerM3);
        }
        if (!(durationS >= 0)) {
            throw new IllegalArgumentException("exposure step must be >= 0 s, got " + durationS);
        }
        double concentration = probit.concentrationUnit().fromKgPerM3(concentrationKgPerM3,
                molarMassKgPerMol, temperatureK, pressurePa);
        load += probit.toxicLoad(concentration, durationS / SECONDS_PER_MINUTE);
    }

    /**
     * Adds a sampled concentration series: sample i is held from {@code timesS[i]} until
     * {@code timesS[i + 1]} (the last sample closes the series and adds nothing).
     */
    public void addSeries(double[] timesS, double[] concentrationsKgPerM3) {
        if (timesS.length != concentrationsKgPerM3.length) {
            throw new IllegalArgumentException("need one concentration per time, got " + timesS.length
                    + " times and " + concentrationsKgPerM3.length + " concentrations");
        }
        for (int i = 0; i + 1 < timesS.length; i++) {
            if (!(timesS[i + 1] >= timesS[i])) {
                throw new IllegalArgumentException("times must not decrease, got " + timesS[i] + " s then "
                        + timesS[i + 1] + " s");
            }
            add(concentrationsKgPerM3[i], timesS[i + 1] - timesS[i]);
        }
    }

    /** The accumulated load Σ Cⁿ·Δt, in (probit unit)ⁿ·min. */
    public double value() {
        return load;
    }

    /** The probit Y of the accumulated load. */
    public double probit() {
        return probit.probit(load);
    }

    /** The probability of death Φ(Y − 5) of the accumulated load. */
    public double probabilityOfDeath() {
        return Lethality.probabilityOfDeath(probit());
    }
}
