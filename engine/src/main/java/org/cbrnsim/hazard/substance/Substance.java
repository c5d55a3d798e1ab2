package org.cbrnsim.hazard.substance;

import java.util.List;
import java.util.Optional;

/**
 * A chemical as the hazard model needs it: identity, the physical properties that source and
 * dispersion models use (SI units), its exposure guidelines and its lethality probits.
 * Instances come from the substance library (a data file with the source of every number).
 *
 * @param id                         library key, e.g. "chlorine"
 * @param name                       display name
 * @param casNumber                  CAS registry number
 * @param molarMassKgPerMol          molar mass (kg/mol)
 * @param normalBoilingPointK        boiling point at 101 325 Pa (K)
 * @param liquidDensityKgPerM3       saturated liquid density ρ(T), when known
 * @param vapourPressurePa           saturation pressure P(T), when known
 * @param heatOfVaporisationJPerKg   ΔvapH(T) per kg, when known
 * @param liquidHeatCapacityJPerKgK  liquid c<sub>p</sub>(T) per kg, when known
 * @param guidelines                 AEGL (or ERPG/PAC) levels
 * @param probits                    lethality probit functions, each naming its coefficient set
 */
public record Substance(
        String id,
        String name,
        String casNumber,
        double molarMassKgPerMol,
        double normalBoilingPointK,
        Optional<PropertyCorrelation> liquidDensityKgPerM3,
        Optional<PropertyCorrelation> vapourPressurePa,
        Optional<PropertyCorrelation> heatOfVaporisationJPerKg,
        Optional<PropertyCorrelation> liquidHeatCapacityJPerKgK,
        ExposureGuidelines guidelines,
        List<ProbitFunction> probits) {
}
