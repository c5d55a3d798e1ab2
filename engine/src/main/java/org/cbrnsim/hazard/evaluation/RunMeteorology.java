package org.cbrnsim.hazard.evaluation;

import java.util.OptionalDouble;

/**
 * Surface-layer meteorology of one Project Prairie Grass run, as compiled in the file
 * modelParamList.txt (Bijloos 2022, after Irwin's 2010 compilation of Barad 1958).
 *
 * @param run                 run number
 * @param obukhovLengthM      Obukhov length L (m)
 * @param frictionVelocityMps friction velocity u* (m/s)
 * @param mixingHeightM       mixing height (m); empty where the file gives none (stable runs)
 * @param windDirectionDeg    wind direction (degrees)
 * @param sigmaUMps           standard deviation of the along-wind component (m/s); empty where not given
 * @param sigmaVMps           standard deviation of the crosswind component (m/s); empty where not given
 * @param sigmaWMps           standard deviation of the vertical component (m/s); empty where not given
 * @param sigmaThetaRad       standard deviation of the wind direction over the run (rad)
 * @param windSpeedMps        mean wind speed at {@link PrairieGrassData#WIND_HEIGHT_M} (m/s)
 */
public record RunMeteorology(int run, double obukhovLengthM, double frictionVelocityMps, OptionalDouble mixingHeightM,
                             double windDirectionDeg, OptionalDouble sigmaUMps, OptionalDouble sigmaVMps,
                             OptionalDouble sigmaWMps, double sigmaThetaRad, double windSpeedMps) {
}
