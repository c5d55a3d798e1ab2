package org.cbrnsim.scenario;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.Roughness;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;

/**
 * Reads {@code weather:}: the first entry at 0 min, times strictly increasing, wind "2 m/s from 290" at
 * least 1 m/s (ALOHA's lower limit, {@link Atmosphere#MIN_WIND_SPEED_MPS}), an inversion only with class
 * E or F (as ALOHA), a warning for an entry that sets in after the clock ends, and optionally what falls or
 * hangs in the air: {@code precipitation: "2 mm/h"} (liquid; "none" or "0 mm/h" for dry, at most
 * {@value #MAX_PRECIPITATION_MM_PER_H} mm/h, the one-minute world record, Unionville, Maryland, 4 July 1956, WMO
 * [K]) and {@code fog: true}.
 */
final class WeatherReader {

    static final List<String> KEYS = List.of("at", "wind", "stability", "temperature", "roughness", "inversion",
            "precipitation", "fog");
    private static final Pattern WIND = Pattern.compile("(.*?)\\s+from\\s+(\\S+?)\\s*(?:°|deg|degrees)?", Pattern.CASE_INSENSITIVE);
    private static final String WIND_EXPECTED =
            "expected the wind as speed and the direction it blows from in degrees, such as \"2 m/s from 290\"";
    /** Upper limit of a precipitation rate (mm/h): 31.2 mm in one minute, the world record. */
    static final double MAX_PRECIPITATION_MM_PER_H = 1872;
    private static final double MPS_PER_MM_PER_H = 1e-3 / 3600;
    private static final String PRECIPITATION_EXPECTED =
            "expected a precipitation rate such as \"2 mm/h\" (or \"none\")";

    private final Optional<Double> clockEndS;
    /** The time of the entry before, when it could be read. */
    private Optional<Double> previousAtS = Optional.empty();
    /** True while the first entry is read, which must be at 0 min. */
    private boolean first = true;

    private WeatherReader(Optional<Double> clockEndS) {
        this.clockEndS = clockEndS;
    }

    /** The entries; {@code clockEndS} is empty when the clock has problems. */
    static Optional<List<WeatherSpec>> read(YamlValue value, Optional<Double> clockEndS) {
        WeatherReader reader = new WeatherReader(clockEndS);
        return value.nonEmptyListOf(item -> {
            Optional<WeatherSpec> entry = item.mapping(KEYS).flatMap(reader::entry);
            reader.first = false;
            return entry;
        });
    }

    private Optional<WeatherSpec> entry(YamlMapping entry) {
        Optional<Double> atS = entry.required("at", this::at);
        previousAtS = atS;
        Optional<double[]> wind = entry.required("wind", WeatherReader::wind);
        Optional<StabilityClass> stability = entry.required("stability", WeatherReader::stability);
        Optional<Double> temperatureK = entry.optional("temperature", v -> v.quantity(Dimension.TEMPERATURE),
                ScenarioDefaults.AIR_TEMPERATURE_K);
        Optional<Roughness> roughness = entry.optional("roughness", WeatherReader::roughness, ScenarioDefaults.ROUGHNESS);
        Optional<Double> inversionM = entry.optional("inversion", WeatherReader::inversion, Double.POSITIVE_INFINITY);
        Optional<Double> precipitationMps = entry.optional("precipitation", WeatherReader::precipitation, 0.0);
        Optional<Boolean> fog = entry.optional("fog", WeatherReader::yesNo, false);
        if (atS.isEmpty() || wind.isEmpty() || stability.isEmpty() || temperatureK.isEmpty() || roughness.isEmpty()
                || inversionM.isEmpty() || precipitationMps.isEmpty() || fog.isEmpty()) {
            return Optional.empty();
        }
        if (!entry.get("inversion").map(v -> v.check(Double.isInfinite(inversionM.get()) || stability.get().isStable(),
                "an inversion lid is accepted only with stability class E or F (as in ALOHA), got class "
                        + stability.get())).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(new WeatherSpec(atS.get(), wind.get()[0], wind.get()[1], stability.get(), temperatureK.get(),
                roughness.get(), inversionM.get(), precipitationMps.get(), fog.get()));
    }

    /** The first at 0 min, each later one after the one before; a warning when it sets in after the clock's end. */
    private Optional<Double> at(YamlValue value) {
        Optional<Double> atS = value.nonNegative(Dimension.TIME);
        if (atS.isEmpty()) {
            return atS;
        }
        double t = atS.get();
        if (first && !value.check(t == 0, "the first weather entry must be at \"0 min\", got " + value.describe())) {
            return Optional.empty();
        }
        if (previousAtS.isPresent() && !value.check(t > previousAtS.get(), "weather times must increase: "
                + value.describe() + " is not after " + QuantityText.format(previousAtS.get(), Dimension.TIME)
                + ", the time of the entry before")) {
            return Optional.empty();
        }
        clockEndS.filter(endS -> t >= endS).ifPresent(endS -> value.warning("this weather sets in at "
                + QuantityText.format(t, Dimension.TIME) + ", when the scenario has ended ("
                + QuantityText.format(endS, Dimension.TIME) + "); it is never used"));
        return atS;
    }

    /** Speed (m/s) and the direction it blows from (degrees), {speedMps, fromDeg}. */
    private static Optional<double[]> wind(YamlValue value) {
        return value.text().flatMap(text -> {
            Matcher m = WIND.matcher(text.strip());
            if (!m.matches()) {
                value.error(WIND_EXPECTED + ", got " + value.describe());
                return Optional.empty();
            }
            try {
                double speedMps = QuantityParser.parse(m.group(1), Dimension.SPEED);
                double fromDeg = Double.parseDouble(m.group(2));
                if (!(fromDeg >= 0 && fromDeg <= 360)) {
                    value.error("the wind direction must be between 0 and 360 degrees, got " + m.group(2));
                    return Optional.empty();
                }
                if (!(speedMps >= Atmosphere.MIN_WIND_SPEED_MPS)) {
                    value.error("wind speed at 10 m must be >= 1 m/s (the lower limit of ALOHA's models), got "
                            + QuantityText.format(speedMps, Dimension.SPEED));
                    return Optional.empty();
                }
                return Optional.of(new double[] {speedMps, fromDeg});
            } catch (NumberFormatException e) {
                value.error(WIND_EXPECTED + ", got " + value.describe());
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                value.error(e.getMessage());
                return Optional.empty();
            }
        });
    }

    private static Optional<StabilityClass> stability(YamlValue value) {
        return value.parsed(StabilityClass::parse);
    }

    private static Optional<Roughness> roughness(YamlValue value) {
        return value.parsed(Roughness::parse);
    }

    /** "none", or a rate such as "2 mm/h" (m/s of water depth), ≥ 0 and at most the world record. */
    private static Optional<Double> precipitation(YamlValue value) {
        if (value.isWord("none")) {
            return Optional.of(0.0);
        }
        return value.text().flatMap(text -> {
            double mps;
            try {
                mps = QuantityParser.parse(text, Dimension.SPEED);
            } catch (IllegalArgumentException e) {
                value.error(PRECIPITATION_EXPECTED + ", got " + value.describe());
                return Optional.empty();
            }
            if (!value.check(mps >= 0, "a precipitation rate must be >= 0 mm/h, got " + value.describe())
                    || !value.check(mps <= MAX_PRECIPITATION_MM_PER_H * MPS_PER_MM_PER_H, "a precipitation rate must be"
                    + " at most " + Numbers.plain(MAX_PRECIPITATION_MM_PER_H) + " mm/h (the one-minute world record), got "
                    + value.describe())) {
                return Optional.empty();
            }
            return Optional.of(mps);
        });
    }

    /** true or false. */
    private static Optional<Boolean> yesNo(YamlValue value) {
        if (value.isWord("true") || value.isWord("false")) {
            return Optional.of(value.isWord("true"));
        }
        value.error("expected true or false, got " + value.describe());
        return Optional.empty();
    }

    /** "none", or a height &gt; 0. */
    private static Optional<Double> inversion(YamlValue value) {
        if (value.isWord("none")) {
            return Optional.of(Double.POSITIVE_INFINITY);
        }
        return value.positive(Dimension.LENGTH);
    }
}
