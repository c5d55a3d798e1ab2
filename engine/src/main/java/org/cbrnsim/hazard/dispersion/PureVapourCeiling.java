package org.cbrnsim.hazard.dispersion;

import org.cbrnsim.units.IdealGas;

/**
 * A release cloud whose concentrations never exceed the pure vapour of the released substance at the
 * ambient temperature and pressure, ρ = P·M/(R·T) (ideal gas), which is 10⁶ ppm by the definition of ppm
 * at that state. A model that reports more (a point-source Gaussian near its source, a cold dense cloud
 * converted at ambient temperature) is wrong there; the ceiling keeps the error from reaching toxic loads.
 */
public final class PureVapourCeiling implements ReleaseCloud {

    private final ReleaseCloud cloud;
    private final double ceilingKgPerM3;

    /**
     * @param cloud             the model's cloud
     * @param molarMassKgPerMol molar mass of the released substance (kg/mol)
     * @param temperatureK      ambient temperature (K)
     * @param pressurePa        ambient pressure (Pa)
     */
    public PureVapourCeiling(ReleaseCloud cloud, double molarMassKgPerMol, double temperatureK, double pressurePa) {
        if (cloud == null) {
            throw new IllegalArgumentException("a ceiling needs a cloud, got none");
        }
        this.cloud = cloud;
        this.ceilingKgPerM3 = IdealGas.densityKgPerM3(molarMassKgPerMol, temperatureK, pressurePa);
    }

    @Override
    public double concentrationKgPerM3(double xM, double yM, double tS) {
        return Math.min(cloud.concentrationKgPerM3(xM, yM, tS), ceilingKgPerM3);
    }

    @Override
    public double peakKgPerM3(double xM, double yM) {
        return Math.min(cloud.peakKgPerM3(xM, yM), ceilingKgPerM3);
    }

    @Override
    public String modelName() {
        return cloud.modelName();
    }

    /** The ceiling P·M/(R·T) (kg/m³). */
    public double ceilingKgPerM3() {
        return ceilingKgPerM3;
    }
}
