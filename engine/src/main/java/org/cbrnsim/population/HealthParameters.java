package org.cbrnsim.population;

import java.util.Objects;
import java.util.Optional;

import org.cbrnsim.hazard.substance.ProbitFunction;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.units.IdealGas;

/**
 * What the health kernels need to know about the chemical: its AEGL (or ERPG/PAC) table, the
 * lethality probit to use (one named coefficient set; none means no deaths and no SLOT injuries),
 * and the air state at which ppm are converted.
 *
 * @param substance    the chemical
 * @param probit       the lethality probit, usually one of {@code substance.probits()}
 * @param temperatureK air temperature for ppm conversions (K)
 * @param pressurePa   air pressure for ppm conversions (Pa)
 */
public record HealthParameters(Substance substance, Optional<ProbitFunction> probit, double temperatureK,
                               double pressurePa) {

    /** Requires a substance, a probit option and a valid air state. */
    public HealthParameters {
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(probit, "probit");
        IdealGas.requireState(substance.molarMassKgPerMol(), temperatureK, pressurePa);
    }

    /** The probit's concentration unit per kg/m³ (ppm or mg/m³ per kg/m³; both conversions are linear). */
    double probitUnitPerKgPerM3() {
        return probit.map(p -> p.concentrationUnit().fromKgPerM3(1.0, substance.molarMassKgPerMol(),
                temperatureK, pressurePa)).orElse(0.0);
    }
}
