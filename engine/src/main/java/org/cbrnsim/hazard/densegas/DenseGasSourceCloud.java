package org.cbrnsim.hazard.densegas;

import org.cbrnsim.units.IdealGas;
/**
 * The cloud as it leaves the source: its density and temperature, which drive the gravity spreading,
 * and the mass concentration of the released material in it. For a pure vapour (an evaporating
 * pool, a gas leak, a boiling liquefied gas at its boiling point) the two densities are the same; a
 * flashing jet that has already taken in air and carries aerosol has a cloud density above its
 * released-material concentration.
 *
 * <p>The Britter &amp; McQuaid (1988) correlations give the dilution of the source-cloud volume,
 * C* = C<sub>m</sub>/C<sub>0</sub>, as measured in isothermal releases. For a cloud colder or warmer than the
 * air, the workbook's non-isothermal correction (as given in CCPS 1999, §2.3.3), which assumes
 * adiabatic mixing with equal molar heat capacities, gives the mole (= volume) fraction of source-cloud
 * material as C = C* / (C* + (1 − C*)·T<sub>0</sub>/T<sub>a</sub>) (the book writes it the other way round,
 * C* = C/(C + (1 − C)·T<sub>a</sub>/T<sub>0</sub>)). Under the same assumption the volumes of source cloud and
 * entrained air add, so the mass concentration of released material in the mixed cloud, at its mixed
 * temperature, is exactly c<sub>0</sub>·C*.
 *
 * @param densityKgPerM3               density ρ<sub>0</sub> of the source cloud (kg/m³), &gt; 0
 * @param temperatureK                 temperature T<sub>0</sub> of the source cloud (K), &gt; 0
 * @param releasedConcentrationKgPerM3 mass concentration c<sub>0</sub> of the released material in the
 *                                     source cloud (kg/m³), 0 &lt; c<sub>0</sub> ≤ ρ<sub>0</sub>
 */
public record DenseGasSourceCloud(double densityKgPerM3, double temperatureK, double releasedConcentrationKgPerM3) {

    public DenseGasSourceCloud {
        if (!(densityKgPerM3 > 0) || Double.isInfinite(densityKgPerM3)) {
            throw new IllegalArgumentException("cloud density must be > 0 kg/m³ and finite, got " + densityKgPerM3);
        }
        if (!(temperatureK > 0) || Double.isInfinite(temperatureK)) {
            throw new IllegalArgumentException("cloud temperature must be > 0 K and finite, got " + temperatureK);
        }
        if (!(releasedConcentrationKgPerM3 > 0 && releasedConcentrationKgPerM3 <= densityKgPerM3)) {
            throw new IllegalArgumentException("concentration of the released material in the source cloud must be > 0 and "
                    + "at most the cloud density " + densityKgPerM3 + " kg/m³, got " + releasedConcentrationKgPerM3);
        }
    }

    /** A cloud of pure vapour of the given density and temperature. */
    public static DenseGasSourceCloud pureVapour(double densityKgPerM3, double temperatureK) {
        return new DenseGasSourceCloud(densityKgPerM3, temperatureK, densityKgPerM3);
    }

    /**
     * A cloud of pure vapour as an ideal gas, ρ = p·M/(R·T).
     *
     * @param molarMassKgPerMol molar mass of the released material (kg/mol), &gt; 0
     * @param temperatureK      vapour temperature at the source (K), &gt; 0
     * @param pressurePa        pressure (Pa), &gt; 0
     */
    public static DenseGasSourceCloud idealGasVapour(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        if (!(molarMassKgPerMol > 0)) {
            throw new IllegalArgumentException("molar mass must be > 0 kg/mol, got " + molarMassKgPerMol);
        }
        if (!(pressurePa > 0)) {
            throw new IllegalArgumentException("pressure must be > 0 Pa, got " + pressurePa);
        }
        if (!(temperatureK > 0)) {
            throw new IllegalArgumentException("cloud temperature must be > 0 K, got " + temperatureK);
        }
        double density = IdealGas.densityKgPerM3(molarMassKgPerMol, temperatureK, pressurePa);
        return pureVapour(density, temperatureK);
    }

    /** Volume (m³) of source cloud that carries the given mass of released material. */
    public double volumeM3(double releasedMassKg) {
        return releasedMassKg / releasedConcentrationKgPerM3;
    }

    /** Mass concentration (kg/m³) of the released material at dilution C* (0..1) of the source cloud. */
    public double massConcentrationKgPerM3(double dilutionRatio) {
        return releasedConcentrationKgPerM3 * dilutionRatio;
    }

    /**
     * Mole (volume) fraction of source-cloud material at dilution C*, with the workbook's
     * non-isothermal correction C = C* / (C* + (1 − C*)·T<sub>0</sub>/T<sub>a</sub>); for a pure vapour, the
     * volume fraction of the released gas.
     */
    public double volumeFraction(double dilutionRatio, double airTemperatureK) {
        return dilutionRatio / (dilutionRatio + (1 - dilutionRatio) * temperatureK / airTemperatureK);
    }
}
