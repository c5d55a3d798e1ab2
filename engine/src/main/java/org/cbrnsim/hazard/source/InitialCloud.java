package org.cbrnsim.hazard.source;

import org.cbrnsim.units.IdealGas;
/**
 * The released material as it enters the atmosphere, before any air is mixed in: what the dispersion
 * step needs to choose between the passive and the dense-gas model and to start the dense-gas cloud.
 *
 * @param densityKgPerM3      density of the released material, vapour plus any liquid aerosol (kg/m³)
 * @param temperatureK        its temperature (K)
 * @param molarMassKgPerMol   molar mass of the substance (kg/mol)
 * @param aerosolMassFraction mass fraction carried as liquid droplets (0 for a pure vapour, &lt; 1)
 * @param sourceDiameterM     diameter of an area source such as a puddle (m); 0 for a point source
 */
public record InitialCloud(double densityKgPerM3, double temperatureK, double molarMassKgPerMol,
                           double aerosolMassFraction, double sourceDiameterM) {

    public InitialCloud {
        Require.positive("initial cloud density", densityKgPerM3, "kg/m3");
        Require.positive("initial cloud temperature", temperatureK, "K");
        Require.positive("molar mass", molarMassKgPerMol, "kg/mol");
        if (!(aerosolMassFraction >= 0 && aerosolMassFraction < 1)) {
            throw new IllegalArgumentException("aerosol mass fraction must be in [0, 1), got " + aerosolMassFraction);
        }
        Require.nonNegative("source diameter", sourceDiameterM, "m");
    }

    /** A pure ideal-gas vapour at the given temperature and pressure, released from a point. */
    public static InitialCloud pureVapour(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return pureVapourOverArea(molarMassKgPerMol, temperatureK, pressurePa, 0);
    }

    /** A pure ideal-gas vapour rising from an area source (puddle) of the given diameter. */
    public static InitialCloud pureVapourOverArea(double molarMassKgPerMol, double temperatureK, double pressurePa,
                                                  double sourceDiameterM) {
        Require.positive("air pressure", pressurePa, "Pa");
        return new InitialCloud(IdealGas.densityKgPerM3(molarMassKgPerMol, temperatureK, pressurePa),
                temperatureK, molarMassKgPerMol, 0, sourceDiameterM);
    }

    /** Whether the source is an area (puddle) rather than a point. */
    public boolean isAreaSource() {
        return sourceDiameterM > 0;
    }
}
