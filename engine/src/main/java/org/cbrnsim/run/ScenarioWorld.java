package org.cbrnsim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.cbrnsim.geo.Countries;
import org.cbrnsim.geo.Country;
import org.cbrnsim.geo.LocalProjection;
import org.cbrnsim.geo.Place;
import org.cbrnsim.geo.Places;
import org.cbrnsim.geo.Road;
import org.cbrnsim.geo.RoadNetwork;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.source.FlashingRelease;
import org.cbrnsim.hazard.source.Rainout;
import org.cbrnsim.hazard.source.ReleaseSource;
import org.cbrnsim.hazard.source.ReleaseSources;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.timeline.PlacedRelease;
import org.cbrnsim.hazard.timeline.WeatherState;
import org.cbrnsim.hazard.timeline.WeatherTimeline;
import org.cbrnsim.scenario.CountrySpec;
import org.cbrnsim.scenario.HazardSpec;
import org.cbrnsim.scenario.PlaceSpec;
import org.cbrnsim.scenario.ReleaseSpec;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.WeatherSpec;
import org.cbrnsim.units.IdealGas;
import org.locationtech.jts.geom.Envelope;

/**
 * The fixed world of a run, built once from a scenario: the local projection, countries and borders,
 * places (in scenario order, so a place's index is stable), roads, the weather timeline, the releases
 * placed in local metres, and the levels of concern of the (first) released substance.
 */
public final class ScenarioWorld {

    private final Scenario scenario;
    private final LocalProjection projection;
    private final Countries countries;
    private final Places places;
    private final RoadNetwork roads;
    private final WeatherTimeline weather;
    private final List<PlacedRelease> releases;
    private final LevelsOfConcern levels;

    private ScenarioWorld(Scenario scenario) {
        this.scenario = scenario;
        this.projection = new LocalProjection(scenario.region().originLatDeg(), scenario.region().originLonDeg());
        List<Country> countryList = new ArrayList<>();
        for (CountrySpec c : scenario.region().countries()) {
            countryList.add(new Country(c.code(), c.name(), projection.polygon(c.area())));
        }
        this.countries = new Countries(countryList);
        List<Place> placeList = new ArrayList<>();
        for (PlaceSpec p : scenario.places()) {
            placeList.add(Place.at(p.id(), p.name(), p.kind(), p.countryCode(),
                    p.latDeg(), p.lonDeg(), projection));
        }
        this.places = new Places(placeList);
        this.roads = new RoadNetwork(places, scenario.roads().stream()
                .map(r -> new Road(r.fromId(), r.toId(), r.lengthM(), r.speedMps())).toList());
        this.weather = new WeatherTimeline(scenario.weather().stream()
                .map(w -> new WeatherState(w.atS(), w.atmosphere(), w.windFromDeg(), w.precipitationMps(), w.fog()))
                .toList());
        Atmosphere air = weather.at(0).atmosphere();
        this.releases = scenario.hazards().stream().map(h -> placed(h, air)).toList();
        this.levels = LevelsOfConcern.of(substance(), air.temperatureK(), air.pressurePa());
    }

    /** Builds the world of {@code scenario}. */
    public static ScenarioWorld of(Scenario scenario) {
        return new ScenarioWorld(scenario);
    }

    private PlacedRelease placed(HazardSpec h, Atmosphere air) {
        var at = projection.toLocal(h.latDeg(), h.lonDeg());
        return new PlacedRelease(h.id(), source(h, air), at.xM(), at.yM(), h.heightM(), h.startS());
    }

    private static ReleaseSource source(HazardSpec h, Atmosphere air) {
        double molarMass = h.substance().molarMassKgPerMol();
        if (h.release() instanceof ReleaseSpec.Tank t) {
            return new FlashingRelease(h.substance(), t.storageTank(), t.breach(), Rainout.NONE, air.pressurePa());
        }
        ReleaseSpec.Direct d = (ReleaseSpec.Direct) h.release();
        return ReleaseSources.direct(null, d.massKg(), d.isInstantaneous() ? null : d.durationS(), molarMass);
    }

    /** The substance of the first hazard: the one people's health is scored against. */
    public Substance substance() {
        return scenario.hazards().get(0).substance();
    }

    /** The extent of all country areas, in local metres. */
    public Envelope extent() {
        Envelope e = new Envelope();
        countries.all().forEach(c -> e.expandToInclude(c.area().getEnvelopeInternal()));
        return e;
    }

    /** Index of a place in scenario order. */
    public int placeIndex(String placeId) {
        for (int i = 0; i < scenario.places().size(); i++) {
            if (scenario.places().get(i).id().equals(placeId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown place \"" + placeId + "\"");
    }

    /** Index of a country in scenario order, or −1. */
    public int countryIndex(String code) {
        List<CountrySpec> list = scenario.region().countries();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** Country codes in scenario order. */
    public List<String> countryCodes() {
        return scenario.region().countries().stream().map(CountrySpec::code).toList();
    }

    /** Country of a release, or "" outside every area. */
    public String countryOf(PlacedRelease release) {
        return countries.countryAt(new org.cbrnsim.geo.LocalPoint(release.xM(), release.yM()))
                .map(Country::code).orElse("");
    }

    public Scenario scenario() {
        return scenario;
    }

    public LocalProjection projection() {
        return projection;
    }

    public Countries countries() {
        return countries;
    }

    public Places places() {
        return places;
    }

    public RoadNetwork roads() {
        return roads;
    }

    public WeatherTimeline weather() {
        return weather;
    }

    public List<PlacedRelease> releases() {
        return releases;
    }

    public LevelsOfConcern levels() {
        return levels;
    }

    /** The weather specification in force at {@code tS}. */
    public WeatherSpec weatherSpecAt(double tS) {
        return scenario.weatherAt(tS);
    }

    /**
     * The 60-min AEGL-1/2/3 (else ERPG, else PAC) of the scored substance in kg/m³, tier 1 first; a tier
     * without a level is empty.
     *
     * @param system the guideline system the levels come from, e.g. "AEGL"
     */
    public record LevelsOfConcern(String system, List<OptionalDouble> kgPerM3ByTier) {

        static LevelsOfConcern of(Substance substance, double temperatureK, double pressurePa) {
            var defaults = substance.guidelines().defaultLevelsOfConcernPpm(substance.molarMassKgPerMol(), temperatureK)
                    .orElseThrow(() -> new IllegalArgumentException(substance.name()
                            + " has no AEGL, ERPG or PAC levels; a scenario needs them to score exposure"));
            List<OptionalDouble> byTier = new ArrayList<>();
            for (OptionalDouble p : List.of(defaults.tier1Ppm(), defaults.tier2Ppm(), defaults.tier3Ppm())) {
                byTier.add(p.isPresent() ? OptionalDouble.of(IdealGas.ppmToKgPerM3(p.getAsDouble(),
                        substance.molarMassKgPerMol(), temperatureK, pressurePa)) : OptionalDouble.empty());
            }
            return new LevelsOfConcern(defaults.system().toString(), List.copyOf(byTier));
        }

        /** Level of tier 1, 2 or 3 (kg/m³), if the substance has one. */
        public OptionalDouble tier(int tier) {
            return kgPerM3ByTier.get(tier - 1);
        }

        /** The lowest level that exists (kg/m³). */
        public double lowestKgPerM3() {
            for (OptionalDouble level : kgPerM3ByTier) {
                if (level.isPresent()) {
                    return level.getAsDouble();
                }
            }
            throw new IllegalStateException("no level of concern");
        }
    }
}
