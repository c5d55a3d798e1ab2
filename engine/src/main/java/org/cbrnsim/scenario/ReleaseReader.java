package org.cbrnsim.scenario;

import java.util.List;
import java.util.Optional;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.source.FlashingRelease;
import org.cbrnsim.hazard.source.Rainout;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.units.Dimension;

/**
 * Reads a hazard's {@code release:}, exactly one of: rate + duration; mass alone (instantaneous); mass +
 * duration (spread evenly); or a tank of pressurised liquefied gas, which is checked by building the
 * {@link FlashingRelease} it describes (the chemical must be stored above its boiling point and have the
 * property correlations the model needs).
 */
final class ReleaseReader {

    static final List<String> KEYS = List.of("rate", "duration", "mass", "tank");
    static final List<String> TANK_KEYS = List.of("inventory", "temperature", "hole", "head");
    private static final String SHAPES = "expected rate + duration, mass (alone or + duration), or tank";

    private ReleaseReader() {
    }

    /**
     * @param substance      the chemical, empty when it is unknown (the tank is then not checked)
     * @param airTemperatureK the air temperature at the release start, a tank's default storage temperature
     */
    static Optional<ReleaseSpec> read(YamlMapping release, Optional<Substance> substance, double airTemperatureK) {
        boolean rate = release.get("rate").isPresent();
        boolean mass = release.get("mass").isPresent();
        boolean duration = release.get("duration").isPresent();
        boolean tank = release.get("tank").isPresent();
        if (tank) {
            boolean alone = release.self().check(!rate && !mass && !duration,
                    "a tank release takes no rate, mass or duration: " + SHAPES);
            return alone ? release.required("tank", v -> v.mapping(TANK_KEYS, m -> tank(m, substance, airTemperatureK)))
                    : Optional.empty();
        }
        if (!release.self().check(rate != mass, (rate ? "give either a rate or a mass, not both: " : "") + SHAPES)
                || !release.self().check(!rate || duration, "a rate needs a duration: " + SHAPES)) {
            return Optional.empty();
        }
        Optional<Double> durationS = release.optional("duration", v -> v.positive(Dimension.TIME), 0.0);
        if (rate) {
            Optional<Double> rateKgPerS = release.required("rate", v -> v.positive(Dimension.MASS_RATE));
            return rateKgPerS.flatMap(r -> durationS.map(d -> ReleaseSpec.Direct.continuous(r, d)));
        }
        Optional<Double> massKg = release.required("mass", v -> v.positive(Dimension.MASS));
        return massKg.flatMap(m -> durationS.map(d -> new ReleaseSpec.Direct(m, d)));
    }

    private static Optional<ReleaseSpec> tank(YamlMapping tank, Optional<Substance> substance, double airTemperatureK) {
        Optional<Double> inventoryKg = tank.required("inventory", v -> v.positive(Dimension.MASS));
        Optional<Double> temperatureK = tank.optional("temperature", v -> v.quantity(Dimension.TEMPERATURE), airTemperatureK);
        Optional<Double> holeM = tank.required("hole", v -> v.positive(Dimension.LENGTH));
        Optional<Double> headM = tank.optional("head", v -> v.nonNegative(Dimension.LENGTH), ScenarioDefaults.TANK_HEAD_M);
        if (inventoryKg.isEmpty() || temperatureK.isEmpty() || holeM.isEmpty() || headM.isEmpty()) {
            return Optional.empty();
        }
        if (substance.isEmpty()) {
            return Optional.empty();
        }
        ReleaseSpec.Tank spec = new ReleaseSpec.Tank(inventoryKg.get(), temperatureK.get(), holeM.get(), headM.get());
        try {
            new FlashingRelease(substance.get(), spec.storageTank(), spec.breach(), Rainout.NONE,
                    Atmosphere.STANDARD_PRESSURE_PA);
            return Optional.of(spec);
        } catch (IllegalArgumentException e) {
            tank.self().error("the flashing release model refuses this tank: " + e.getMessage());
            return Optional.empty();
        }
    }
}
