package org.cbrnsim.population;

import java.util.Objects;
import java.util.Optional;

import org.cbrnsim.hazard.substance.HealthEffects;
import org.cbrnsim.hazard.substance.HealthEffectsLibrary;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.units.IdealGas;

/**
 * What the health kernels need to know about the chemical: its AEGL (or ERPG/PAC) table, the
 * lethality probit to use (one named coefficient set; none means no deaths and no toxic load), the
 * outcome tiers of {@code health-effects.yaml}, the worried-well share of care-seekers, and the air
 * state at which ppm are converted.
 *
 * @param substance        the chemical
 * @param probit           the lethality probit, one of {@code substance.probits()}
 * @param temperatureK     air temperature for ppm conversions (K)
 * @param pressurePa       air pressure for ppm conversions (Pa)
 * @param effects          the substance's outcome tiers
 * @param worriedWellShare share of people without symptoms among all attendees, in [0, 1)
 */
public record HealthParameters(Substance substance, Optional<ProbitFunction> probit, double temperatureK,
                               double pressurePa, HealthEffects effects, double worriedWellShare) {

    /** Requires a substance, a probit option, a valid air state, the effects of that substance and a share in [0, 1). */
    public HealthParameters {
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(probit, "probit");
        IdealGas.requireState(substance.molarMassKgPerMol(), temperatureK, pressurePa);
        Objects.requireNonNull(effects, "effects");
        if (!effects.substanceId().equals(substance.id())) {
            throw new IllegalArgumentException("health effects of " + effects.substanceId() + " given for " + substance.id());
        }
        if (!(worriedWellShare >= 0 && worriedWellShare < 1)) {
            throw new IllegalArgumentException("worried-well share must lie in [0, 1), got " + worriedWellShare);
        }
    }

    /** {@code probit} with the substance's outcome tiers and worried-well share of the bundled health-effects.yaml. */
    public HealthParameters(Substance substance, Optional<ProbitFunction> probit, double temperatureK, double pressurePa) {
        this(substance, probit, temperatureK, pressurePa, HealthEffectsLibrary.bundled().require(substance),
                HealthEffectsLibrary.bundled().worriedWellShare());
    }

    /** The probit's concentration unit per kg/m³ (ppm or mg/m³ per kg/m³; both conversions are linear). */
    double probitUnitPerKgPerM3() {
        return probit.map(p -> p.concentrationUnit().fromKgPerM3(1.0, substance.molarMassKgPerMol(),
                temperatureK, pressurePa)).orElse(0.0);
    }
}
