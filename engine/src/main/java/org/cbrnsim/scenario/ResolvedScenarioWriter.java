package org.cbrnsim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbrnsim.population.BuildingType;
import org.cbrnsim.scenario.YamlEmitter.Flow;
import org.cbrnsim.scenario.YamlEmitter.Plain;
import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;

/**
 * Writes a scenario back as format-1 YAML with every default filled in: the run folder's
 * {@code scenario.yaml}, which says exactly what was simulated, responders included ({@link ResponseWriter}).
 * Keys in the order of the format, quantities with readable units ("30 min", "15 cm", "5 °C") that read back
 * to the same doubles, so that loading the output gives a scenario equal to the one written. Deterministic: the same scenario gives the same bytes.
 */
public final class ResolvedScenarioWriter {

    private static final String HEADER = "# Resolved cbrnsim scenario (format 1): every default filled in.\n";

    private ResolvedScenarioWriter() {
    }

    /** The scenario as YAML text. */
    public static String write(Scenario scenario) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", number(scenario.format()));
        document.put("id", scenario.id());
        document.put("name", scenario.name());
        document.put("description", scenario.description());
        document.put("sources", scenario.sources());
        document.put("exercise", exercise(scenario.exercise()));
        document.put("clock", ordered("start", scenario.clock().start().toString(),
                "end", time(scenario.clock().endS()), "step", time(scenario.clock().stepS())));
        document.put("region", ordered("origin", point(scenario.region().originLatDeg(), scenario.region().originLonDeg()),
                "countries", scenario.region().countries().stream().map(ResolvedScenarioWriter::country).toList()));
        Map<String, HospitalSpec> beds = new LinkedHashMap<>();
        scenario.response().hospitals().forEach(h -> beds.put(h.placeId(), h));
        document.put("places", scenario.places().stream().map(p -> place(p, beds)).toList());
        document.put("roads", scenario.roads().stream().map(ResolvedScenarioWriter::road).toList());
        document.put("weather", scenario.weather().stream().map(ResolvedScenarioWriter::weather).toList());
        document.put("hazards", scenario.hazards().stream().map(ResolvedScenarioWriter::hazard).toList());
        document.put("population", PopulationWriter.population(scenario.population(),
                scenario.hazards().stream().findFirst().map(HazardSpec::substance)));
        document.put("agencies", ResponseWriter.agencies(scenario.response().agencies()));
        document.put("response", ResponseWriter.response(scenario.response().parameters()));
        return HEADER + YamlEmitter.write(document);
    }

    /**
     * Writes the scenario to a file (UTF-8).
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(Scenario scenario, Path file) {
        try {
            Files.writeString(file, write(scenario), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> exercise(ExerciseSpec exercise) {
        return ordered("name", exercise.name(), "type", exercise.type().yamlName(), "objectives",
                exercise.objectives().stream().map(o -> ordered("id", o.id(), "text", o.text())).toList());
    }

    private static Map<String, Object> country(CountrySpec country) {
        List<Object> area = country.area().stream().<Object>map(p -> List.of(number(p[0]), number(p[1]))).toList();
        return ordered("code", country.code(), "name", country.name(), "time_zone", country.timeZone().getId(),
                "area", new Flow(area));
    }

    /** The place with its bed keys when {@code beds} has a hospital there. */
    private static Map<String, Object> place(PlaceSpec place, Map<String, HospitalSpec> beds) {
        Map<String, Object> shares = new LinkedHashMap<>();
        for (BuildingType type : BuildingType.values()) {
            shares.put(type.id(), number(place.buildings().share(type)));
        }
        Map<String, Object> written = ordered("id", place.id(), "name", place.name(), "kind", place.kind().scenarioName(),
                "country", place.countryCode(), "lat", number(place.latDeg()), "lon", number(place.lonDeg()),
                "population", number(place.population()), "radius", QuantityText.format(place.radiusM(), Dimension.LENGTH),
                "buildings", new Flow(shares));
        Optional.ofNullable(beds.get(place.id())).ifPresent(h -> written.putAll(ResponseWriter.beds(h)));
        written.put("source", place.source());
        return written;
    }

    private static Flow road(RoadSpec road) {
        return new Flow(ordered("from", road.fromId(), "to", road.toId(), "km", kilometres(road.lengthM()),
                "speed", QuantityText.format(road.speedMps(), Dimension.SPEED)));
    }

    private static Map<String, Object> weather(WeatherSpec weather) {
        return ordered("at", time(weather.atS()),
                "wind", QuantityText.format(weather.windSpeedMps(), Dimension.SPEED) + " from "
                        + Numbers.plain(weather.windFromDeg()),
                "stability", weather.stability().name(),
                "temperature", QuantityText.format(weather.temperatureK(), Dimension.TEMPERATURE),
                "roughness", weather.roughness().name(),
                "inversion", weather.hasInversion()
                        ? QuantityText.format(weather.inversionHeightM(), Dimension.LENGTH) : "none",
                "precipitation", QuantityText.formatPrecipitation(weather.precipitationMps()),
                "fog", new Plain(String.valueOf(weather.fog())));
    }

    private static Map<String, Object> hazard(HazardSpec hazard) {
        Object at = hazard.placeId().<Object>map(id -> id).orElseGet(() -> point(hazard.latDeg(), hazard.lonDeg()));
        return ordered("id", hazard.id(), "chemical", hazard.chemical(), "at", at,
                "start", time(hazard.startS()), "height", QuantityText.format(hazard.heightM(), Dimension.LENGTH),
                "release", release(hazard.release()));
    }

    /** rate + duration when the rate's text reads back to the same mass, else mass (+ duration). */
    private static Map<String, Object> release(ReleaseSpec release) {
        if (release instanceof ReleaseSpec.Tank tank) {
            return ordered("tank", new Flow(ordered(
                    "inventory", QuantityText.format(tank.inventoryKg(), Dimension.MASS),
                    "temperature", QuantityText.format(tank.temperatureK(), Dimension.TEMPERATURE),
                    "hole", QuantityText.format(tank.holeDiameterM(), Dimension.LENGTH),
                    "head", QuantityText.format(tank.headM(), Dimension.LENGTH))));
        }
        ReleaseSpec.Direct direct = (ReleaseSpec.Direct) release;
        String mass = QuantityText.format(direct.massKg(), Dimension.MASS);
        if (direct.isInstantaneous()) {
            return ordered("mass", mass);
        }
        String rate = QuantityText.format(direct.rateKgPerS(), Dimension.MASS_RATE);
        double rateBack = QuantityParser.parse(rate, Dimension.MASS_RATE);
        return rateBack * direct.durationS() == direct.massKg()
                ? ordered("rate", rate, "duration", time(direct.durationS()))
                : ordered("mass", mass, "duration", time(direct.durationS()));
    }

    /** Kilometres whose product with 1000 is exactly the length (the reader multiplies). */
    private static Plain kilometres(double lengthM) {
        double km = lengthM / 1000;
        for (double candidate : new double[] {km, Math.nextUp(km), Math.nextDown(km)}) {
            if (candidate * 1000 == lengthM) {
                return number(candidate);
            }
        }
        return number(km);
    }

    static Flow point(double latDeg, double lonDeg) {
        return new Flow(ordered("lat", number(latDeg), "lon", number(lonDeg)));
    }

    static String time(double seconds) {
        return QuantityText.format(seconds, Dimension.TIME);
    }

    static Plain number(double value) {
        return new Plain(Numbers.plain(value));
    }

    /** A mapping of key, value, key, value … in this order. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
