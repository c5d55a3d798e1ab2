package org.cbrnsim.run;

import org.cbrnsim.record.EventsCsvWriter;
import org.cbrnsim.record.GeoFeature;
import org.cbrnsim.record.GeoJsonWriter;
import org.cbrnsim.record.RunFolder;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.record.SummaryJsonWriter;
import org.cbrnsim.record.TimeSeriesCsvWriter;
import org.cbrnsim.scenario.ResolvedScenarioWriter;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.sim.ExerciseSimulation;
import org.cbrnsim.sim.ProgressLine;
import org.cbrnsim.sim.SimulationClock;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Runs a scenario to its end (or an earlier time) with a seed and writes the run folder of DESIGN.md:
 * scenario.yaml (resolved), events.csv, timeseries.csv, summary.json, zones.geojson (the largest
 * footprint of each AEGL tier over the run) and cloud.geojson (the cloud above each tier every 15 min).
 */
public final class ScenarioRun {

    /** Version written into summary.json. */
    public static final String ENGINE_VERSION = versionOfThisBuild();

    private static final String[] ZONE_COLOURS = {"yellow", "orange", "red"};

    private ScenarioRun() {
    }

    /**
     * @param scenario   a loaded scenario
     * @param seed       the run's seed
     * @param resultsRoot folder holding results/&lt;scenario-id&gt;/…
     * @param untilS     stop earlier than the scenario's end, if given (rounded down to whole steps)
     * @param progress   progress line for long runs (or {@link ProgressLine#disabled()})
     */
    public static RunResult run(Scenario scenario, long seed, Path resultsRoot, OptionalDouble untilS, ProgressLine progress) {
        ScenarioWorld world = ScenarioWorld.of(scenario);
        double stepS = scenario.clock().stepS();
        double endS = Math.min(scenario.clock().endS(), untilS.orElse(Double.POSITIVE_INFINITY));
        endS = Math.floor(endS / stepS + 1e-9) * stepS;
        if (!(endS > 0)) {
            throw new IllegalArgumentException("--until: expected a duration of at least one step ("
                    + stepS + " s), got " + untilS.orElse(0));
        }
        SimulationClock clock = new SimulationClock(scenario.clock().start(), stepS, endS);
        ScenarioModel model = new ScenarioModel(world);
        ExerciseSimulation sim = new ExerciseSimulation(seed, clock, model);
        sim.run(progress);
        try {
            return write(world, model, sim, seed, resultsRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run folder: " + e.getMessage(), e);
        }
    }

    private static RunResult write(ScenarioWorld world, ScenarioModel model, ExerciseSimulation sim, long seed,
                                   Path resultsRoot) throws IOException {
        Scenario scenario = world.scenario();
        RunFolder folder = RunFolder.create(resultsRoot, scenario.id(), RunFolder.seedRunId(seed));
        double releasedKg = world.releases().stream().mapToDouble(r -> r.source().airborneMassKg()).sum();
        RunSummary summary = new RunSummary(scenario.id(), folder.runId(), seed, ENGINE_VERSION, scenario.clock().start(),
                sim.clock().endS(), sim.clock().stepS(), sim.eventLog().size(),
                RunKpis.of(sim.timeSeries(), sim.eventLog().events(), releasedKg), List.of(),
                RunKpis.healthNotes(scenario.population().health(), world.substance()));
        folder.writeText("scenario.yaml", w -> w.write(ResolvedScenarioWriter.write(scenario)));
        folder.writeText("events.csv", w -> new EventsCsvWriter(sim.clock()::formatLocal).write(sim.eventLog().events(), w));
        folder.writeText("timeseries.csv", w -> new TimeSeriesCsvWriter().write(sim.timeSeries(), w));
        folder.writeText("summary.json", w -> new SummaryJsonWriter().write(summary, w));
        GeoJsonWriter geoJson = new GeoJsonWriter((x, y) -> {
            var ll = world.projection().toWgs84(x, y);
            return new Coordinate(ll.lonDeg(), ll.latDeg());
        }, GeoJsonWriter.DEFAULT_DECIMALS);
        folder.writeText("zones.geojson", w -> geoJson.write(zones(world, model), w));
        folder.writeText("cloud.geojson", w -> geoJson.write(cloudOutlines(world, model, sim), w));
        return new RunResult(folder.path(), summary);
    }

    private static List<GeoFeature> zones(ScenarioWorld world, ScenarioModel model) {
        List<GeoFeature> features = new ArrayList<>();
        GeometryFactory geometry = world.projection().geometryFactory();
        for (int tier = 3; tier >= 1; tier--) {
            OptionalDouble level = world.levels().tier(tier);
            if (level.isEmpty()) {
                continue;
            }
            Geometry footprint = model.raster().footprint(level.getAsDouble(), geometry);
            if (footprint.isEmpty()) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("tier", world.levels().system() + "-" + tier);
            properties.put("level_kg_m3", level.getAsDouble());
            properties.put("colour", ZONE_COLOURS[tier - 1]);
            properties.put("area_km2", footprint.getArea() / 1e6);
            features.add(GeoFeature.of(footprint, properties));
        }
        return features;
    }

    private static List<GeoFeature> cloudOutlines(ScenarioWorld world, ScenarioModel model, ExerciseSimulation sim) {
        List<GeoFeature> features = new ArrayList<>();
        for (ScenarioModel.CloudOutline outline : model.cloudOutlines()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("t_s", outline.tS());
            properties.put("clock", sim.clock().formatLocal(outline.tS()));
            properties.put("tier", world.levels().system() + "-" + outline.tier());
            properties.put("colour", ZONE_COLOURS[outline.tier() - 1]);
            features.add(GeoFeature.of(outline.outline(), properties));
        }
        return features;
    }

    private static String versionOfThisBuild() {
        String version = ScenarioRun.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
