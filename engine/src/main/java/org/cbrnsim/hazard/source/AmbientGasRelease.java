package org.cbrnsim.hazard.source;

/** A direct release of gas that enters the air at ambient temperature (ALOHA's "direct" source). */
abstract class AmbientGasRelease implements ReleaseSource {

    private final double molarMassKgPerMol;

    AmbientGasRelease(double molarMassKgPerMol) {
        this.molarMassKgPerMol = Require.positive("molar mass", molarMassKgPerMol, "kg/mol");
    }

    /** Pure vapour at the air temperature and pressure, from a point. */
    @Override
    public InitialCloud initialCloud(double airTemperatureK, double airPressurePa) {
        return InitialCloud.pureVapour(molarMassKgPerMol, airTemperatureK, airPressurePa);
    }
}
