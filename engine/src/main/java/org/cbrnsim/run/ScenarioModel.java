package org.cbrnsim.run;

import java.util.List;
import java.util.OptionalInt;
import org.cbrnsim.hazard.substance.RemovalLibrary;
import org.cbrnsim.hazard.timeline.ConcentrationRaster;
import org.cbrnsim.hazard.timeline.HazardField;
import org.cbrnsim.hazard.timeline.PlacedRelease;
import org.cbrnsim.hazard.timeline.PointConcentrations;
import org.cbrnsim.hazard.timeline.WeatherState;
import org.cbrnsim.hazard.timeline.WindMeander;
import org.cbrnsim.population.Population;
import org.cbrnsim.population.PopulationCounts;
import org.cbrnsim.population.PopulationMetric;
import org.cbrnsim.record.ReleaseEnded;
import org.cbrnsim.record.ReleaseStarted;
import org.cbrnsim.record.WarningIssued;
import org.cbrnsim.record.WindChanged;
import org.cbrnsim.scenario.PopulationSpec;
import org.cbrnsim.scenario.WarningSpec;
import org.cbrnsim.sim.ExerciseSimulation;
import org.cbrnsim.sim.Phase;
import org.cbrnsim.sim.SimulationModel;
import org.locationtech.jts.geom.Envelope;

/**
 * The model of a scenario on the simulation core: every step runs weather → hazard → warning →
 * behaviour → movement → exposure → health → record; the release start and end and the authorities'
 * warning are events at their exact times. Rebuilt from the world on every start, so a restart replays.
 */
final class ScenarioModel implements SimulationModel {

    private static final long serialVersionUID = 1L;

    /** Side of the raster cells of maps and footprints (m). */
    static final double CELL_M = 100;
    /**
     * Side of the cells on which residents share an outdoor sample (m): only residents at the same spot (a
     * place's centre, an evacuees' destination) share one, so each breathes the field at their own position.
     * A 1-m cell was still too coarse for the port workers a few metres from a tank, where the plume is a few
     * metres wide: their deaths changed by 2 of 28 with the grid lines.
     */
    static final double SAMPLE_CELL_M = 0.01;
    /** Interval of the cloud outlines kept for the map series (s). */
    static final double CLOUD_SNAPSHOT_S = 900;
    /** Margin of the raster around the country areas (m). */
    private static final double RASTER_MARGIN_M = 10_000;

    private final transient ScenarioWorld world;
    private transient HazardField field;
    private transient ConcentrationRaster raster;
    private transient PointConcentrations atPeople;
    private transient CloudBorderWatch borders;
    private transient double crossingKgPerM3;
    private transient Population population;
    private transient PopulationCounts counts;
    private transient WeatherState lastWeather;
    private transient List<CloudOutline> cloudOutlines;

    ScenarioModel(ScenarioWorld world) {
        this.world = world;
    }

    @Override
    public void build(ExerciseSimulation sim) {
        field = new HazardField(world.releases(), world.weather(), "aloha",
                RemovalLibrary.bundled().require(world.substance()),
                WindMeander.forSigmaSet("aloha", sim.random("weather.meander")::nextGaussian));
        Envelope e = world.extent();
        e.expandBy(RASTER_MARGIN_M);
        raster = new ConcentrationRaster(e.getMinX(), e.getMinY(), e.getWidth(), e.getHeight(), CELL_M,
                world.levels().lowestKgPerM3());
        PopulationSpec spec = world.scenario().population();
        population = PopulationAssembly.population(world, sim, new RecordedPopulationEvents(world, sim));
        counts = new PopulationCounts(world.countryCodes().size());
        lastWeather = world.weather().at(0);
        atPeople = new PointConcentrations(e.getMinX(), e.getMinY(), e.getWidth(), e.getHeight(),
                world.levels().lowestKgPerM3());
        double guideline = population.lowestGuidelineKgPerM3();
        crossingKgPerM3 = Double.isNaN(guideline) ? world.levels().lowestKgPerM3()
                : Math.min(guideline, world.levels().lowestKgPerM3());
        borders = new CloudBorderWatch(world.countries(), e, CELL_M,
                world.releases().stream().map(world::countryOf).filter(code -> !code.isEmpty()).toList(),
                world.releases().stream().map(PlacedRelease::id).distinct().toList(),
                world.levels().system() + "-1", sim.eventLog()::record);
        cloudOutlines = new java.util.ArrayList<>();

        scheduleReleases(sim);
        scheduleWarning(sim, spec.warning());
        ResponseWiring.install(world, sim, population, raster, atPeople);

        sim.onPhase(Phase.WEATHER, ctx -> weather(sim, ctx.timeS()));
        sim.onPhase(Phase.HAZARD, ctx -> hazard(sim, ctx.timeS(), ctx.stepS()));
        sim.onPhase(Phase.WARNING, ctx -> population.warn(ctx.timeS()));
        sim.onPhase(Phase.BEHAVIOUR, ctx -> population.behave(ctx.timeS()));
        sim.onPhase(Phase.MOVEMENT, ctx -> population.move(ctx.timeS()));
        sim.onPhase(Phase.EXPOSURE, ctx -> population.expose(ctx.timeS(), ctx.stepS(),
                (xs, ys, count, out) -> sampleOutdoor(ctx.timeS(), xs, ys, count, out)));
        sim.onPhase(Phase.HEALTH, ctx -> population.updateHealth(ctx.timeS()));
        sim.onPhase(Phase.RECORD, ctx -> {
            population.count(ctx.timeS(), counts);
            keepCloudOutline(ctx.timeS());
        });
        registerMetrics(sim, spec.scale());
    }

    private void scheduleReleases(ExerciseSimulation sim) {
        for (PlacedRelease r : world.releases()) {
            String country = world.countryOf(r);
            String substance = world.scenario().hazards().stream().filter(h -> h.id().equals(r.id())).findFirst()
                    .orElseThrow().substance().id();
            sim.events().at(r.startS(), t -> sim.eventLog().record(
                    new ReleaseStarted(t, r.id(), substance, country, r.source().airborneMassKg())));
            sim.events().at(r.startS() + r.source().durationS(), t -> sim.eventLog().record(
                    new ReleaseEnded(t, r.id(), country, r.source().airborneMassKg())));
        }
    }

    private void scheduleWarning(ExerciseSimulation sim, WarningSpec warning) {
        if (warning.issuedAtS().isEmpty()) {
            return;
        }
        OptionalInt tier = warning.area().map(a -> OptionalInt.of(a.tier())).orElse(OptionalInt.empty());
        sim.events().at(warning.issuedAtS().getAsDouble(), t -> {
            boolean[] warned = WarnedArea.places(world, tier, t);
            population.issueWarning(t, warned);
            String area = tier.isPresent() ? "AEGL-" + tier.getAsInt() + " zone" : "all places";
            for (String country : world.countryCodes()) {
                if (anyWarnedIn(country, warned)) {
                    sim.eventLog().record(new WarningIssued(t, "authorities", country, area,
                            String.join("+", warning.channels().stream().map(c -> c.kind().id()).toList())));
                }
            }
        });
    }

    private boolean anyWarnedIn(String country, boolean[] warned) {
        List<org.cbrnsim.scenario.PlaceSpec> places = world.scenario().places();
        for (int i = 0; i < warned.length; i++) {
            if (warned[i] && country.equals(places.get(i).countryCode())) {
                return true;
            }
        }
        return false;
    }

    private void weather(ExerciseSimulation sim, double tS) {
        WeatherState now = world.weather().at(tS);
        if (now != lastWeather) {
            sim.eventLog().record(new WindChanged(tS, now.atmosphere().windSpeed10mMps(), now.windFromDeg(),
                    now.atmosphere().stability().name()));
            lastWeather = now;
        }
    }

    private void hazard(ExerciseSimulation sim, double tS, double stepS) {
        if (tS > 0) {
            field.advance(tS - stepS, stepS);
        }
        raster.update(field);
        atPeople.update(field);
        raster.forEachCellAtOrAbove(crossingKgPerM3, (x, y) -> borders.cloudAt(tS, x, y));
    }

    private void keepCloudOutline(double tS) {
        if (tS == 0 || Math.abs(Math.IEEEremainder(tS, CLOUD_SNAPSHOT_S)) > 1e-6) {
            return;
        }
        var geometry = world.projection().geometryFactory();
        for (int tier = 1; tier <= 3; tier++) {
            var level = world.levels().tier(tier);
            if (level.isPresent()) {
                var outline = raster.presentFootprint(level.getAsDouble(), geometry);
                if (!outline.isEmpty()) {
                    cloudOutlines.add(new CloudOutline(tS, tier, outline));
                }
            }
        }
    }

    /**
     * Where the ground concentration was at or above a tier at one moment.
     *
     * @param tS       seconds after T0
     * @param tier     AEGL tier 1–3
     * @param outline  area in local metres
     */
    record CloudOutline(double tS, int tier, org.locationtech.jts.geom.Geometry outline) {
    }

    /** The cloud outlines kept every {@value #CLOUD_SNAPSHOT_S} s, in time order, tier 1 first. */
    List<CloudOutline> cloudOutlines() {
        return cloudOutlines;
    }

    /** The field at the residents' sampling points, which also show the cloud entering a country. */
    private void sampleOutdoor(double tS, float[] xs, float[] ys, int count, double[] out) {
        atPeople.sample(xs, ys, count, out);
        for (int i = 0; i < count && !borders.everywhere(); i++) {
            if (out[i] >= crossingKgPerM3) {
                borders.cloudAt(tS, xs[i], ys[i]);
            }
        }
    }

    private void registerMetrics(ExerciseSimulation sim, double scale) {
        List<String> codes = world.countryCodes();
        for (PopulationMetric metric : PopulationMetric.values()) {
            sim.addMetric(metric.column(), () -> counts.total(metric) * scale);
            for (int c = 0; c < codes.size(); c++) {
                int country = c;
                sim.addMetric(metric.column() + "_" + codes.get(c), () -> counts.get(country, metric) * scale);
            }
        }
        sim.addMetric("airborne_kg", () -> field.airborneMassKg());
        sim.addMetric("deposited_kg", () -> field.depositedMassKg());
        sim.addMetric("washed_out_kg", () -> field.washedOutMassKg());
    }

    /** The raster of ground concentrations (present and greatest so far). */
    ConcentrationRaster raster() {
        return raster;
    }
}
