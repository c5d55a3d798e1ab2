package org.cbrnsim.scenario;

import java.util.List;
import java.util.Optional;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.cbrnsim.units.Dimension;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code hazards:}: ids unique, the chemical from the substance library ("did you mean …?"), the
 * release point at a known place or at lat/lon inside a country's area, the start (a warning when it is
 * after the clock ends), the height and the release ({@link ReleaseReader}).
 */
final class HazardReader {

    static final List<String> KEYS = List.of("id", "chemical", "at", "start", "height", "release");

    private final SubstanceLibrary library;
    private final Places places;
    private final Optional<RegionReader.ReadRegion> region;
    private final Optional<Clock> clock;
    private final Optional<List<WeatherSpec>> weather;

    /** Empty arguments are sections with problems of their own, whose checks are then skipped. */
    HazardReader(SubstanceLibrary library, Places places, Optional<RegionReader.ReadRegion> region,
                 Optional<Clock> clock, Optional<List<WeatherSpec>> weather) {
        this.library = library;
        this.places = places;
        this.region = region;
        this.clock = clock;
        this.weather = weather;
    }

    Optional<List<HazardSpec>> read(YamlValue value) {
        UniqueIds ids = new UniqueIds("hazard id");
        return value.nonEmptyListOf(item -> item.mapping(KEYS).flatMap(hazard -> hazard(hazard, ids)));
    }

    private Optional<HazardSpec> hazard(YamlMapping hazard, UniqueIds ids) {
        Optional<String> id = ids.required(hazard, "id", Ids::read);
        Optional<String> chemical = hazard.required("chemical", YamlValue::text);
        Optional<Substance> substance = chemical.flatMap(c -> hazard.get("chemical").orElseThrow().parsed(library::require));
        Optional<YamlValue> at = hazard.require("at");
        boolean atPlace = at.map(v -> v.node() instanceof ScalarNode).orElse(false);
        Optional<String> placeId = atPlace ? at.flatMap(places::knownId) : Optional.empty();
        Optional<double[]> point = at.flatMap(v -> atPlace
                ? placeId.flatMap(places::find).map(p -> new double[] {p.latDeg(), p.lonDeg()})
                : Coordinates.point(v)).filter(p -> insideRegion(at.orElseThrow(), p));
        Optional<Double> startS = hazard.optional("start", this::start, ScenarioDefaults.RELEASE_START_S);
        Optional<Double> heightM = hazard.optional("height", v -> v.nonNegative(Dimension.LENGTH),
                ScenarioDefaults.RELEASE_HEIGHT_M);
        double airTemperatureK = weather.flatMap(w -> startS.map(s -> Scenario.weatherAt(w, s).temperatureK()))
                .orElse(ScenarioDefaults.AIR_TEMPERATURE_K);
        Optional<ReleaseSpec> release = hazard.required("release",
                v -> v.mapping(ReleaseReader.KEYS, m -> ReleaseReader.read(m, substance, airTemperatureK)));
        if (id.isEmpty() || substance.isEmpty() || point.isEmpty() || startS.isEmpty() || heightM.isEmpty()
                || release.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HazardSpec(id.get(), chemical.get(), substance.get(), placeId, point.get()[0],
                point.get()[1], startS.get(), heightM.get(), release.get()));
    }

    /** True unless the point lies outside every country's area (reported). */
    private boolean insideRegion(YamlValue at, double[] point) {
        return region.map(r -> at.check(r.areas().countryAt(point[0], point[1]).isPresent(), "the release point "
                + Coordinates.text(point[0], point[1]) + " lies outside every country area of the region")).orElse(true);
    }

    private Optional<Double> start(YamlValue value) {
        Optional<Double> startS = value.nonNegative(Dimension.TIME);
        startS.ifPresent(s -> clock.filter(c -> s >= c.endS()).ifPresent(c -> value.warning("the release starts at "
                + QuantityText.format(s, Dimension.TIME) + ", when the scenario has ended ("
                + QuantityText.format(c.endS(), Dimension.TIME) + ")")));
        return startS;
    }

}
