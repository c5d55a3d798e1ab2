package org.cbrnsim.viz.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.cbrnsim.geo.LocalProjection;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.scenario.CountrySpec;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Everything a run folder holds, read from its files alone, so that the debrief of a past run can be shown again:
 * the resolved scenario, the event log, the time series, the summary, the largest threat zones and the cloud
 * outlines over time.
 *
 * @param folder     the run folder
 * @param scenario   scenario.yaml, the resolved scenario the run played
 * @param events     events.csv, in file (time) order
 * @param timeSeries timeseries.csv
 * @param summary    summary.json
 * @param zones      zones.geojson: the largest footprint of each tier, in file order
 * @param cloud      cloud.geojson: the cloud above each tier at fixed times, in file order (may be empty)
 */
public record RunRecord(Path folder, Scenario scenario, List<RunEvent> events, RunTimeSeries timeSeries,
                        RunSummary summary, List<ZoneFootprint> zones, List<CloudOutline> cloud) {

    public RunRecord {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(timeSeries, "timeSeries");
        Objects.requireNonNull(summary, "summary");
        events = List.copyOf(events);
        zones = List.copyOf(zones);
        cloud = List.copyOf(cloud);
    }

    /**
     * Reads a run folder written by {@code cbrnsim run}.
     *
     * @throws IllegalArgumentException naming the file when one is missing or malformed
     */
    public static RunRecord read(Path runFolder) {
        Path scenarioFile = RunFiles.existing(runFolder, "scenario.yaml");
        Path eventsFile = RunFiles.existing(runFolder, "events.csv");
        Path timeSeriesFile = RunFiles.existing(runFolder, "timeseries.csv");
        Path summaryFile = RunFiles.existing(runFolder, "summary.json");
        Path zonesFile = RunFiles.existing(runFolder, "zones.geojson");
        Path cloudFile = RunFiles.existing(runFolder, "cloud.geojson");
        Scenario scenario;
        try {
            scenario = ScenarioLoader.require(scenarioFile);
        } catch (IllegalArgumentException e) {
            throw RunFiles.malformed(scenarioFile, "not a valid resolved scenario:\n" + e.getMessage(), e);
        }
        return new RunRecord(runFolder, scenario, EventsCsvReader.read(eventsFile), TimeSeriesCsvReader.read(timeSeriesFile),
                SummaryJsonReader.read(summaryFile), zones(zonesFile), cloud(cloudFile));
    }

    /** The codes of the region's countries, in scenario order. */
    public List<String> countryCodes() {
        return scenario.region().countries().stream().map(CountrySpec::code).toList();
    }

    /** The local metric projection of the scenario (x east, y north of the region's origin, metres). */
    public LocalProjection projection() {
        return new LocalProjection(scenario.region().originLatDeg(), scenario.region().originLonDeg());
    }

    /** The end of the run (s after T0), from summary.json. */
    public double endS() {
        return summary.endS();
    }

    /** The distinct times of the cloud outlines (s after T0), increasing. */
    public List<Double> cloudTimesS() {
        TreeSet<Double> times = new TreeSet<>();
        cloud.forEach(outline -> times.add(outline.tS()));
        return new ArrayList<>(times);
    }

    private static List<ZoneFootprint> zones(Path file) {
        List<ZoneFootprint> zones = new ArrayList<>();
        List<GeoJsonFeatures.Feature> features = GeoJsonFeatures.read(file);
        for (int i = 0; i < features.size(); i++) {
            JsonNode properties = features.get(i).properties();
            String tier = property(file, i, properties, "tier").asText();
            zones.add(new ZoneFootprint(tier, level(file, i, tier), property(file, i, properties, "level_kg_m3").asDouble(),
                    property(file, i, properties, "area_km2").asDouble(), features.get(i).lonLat()));
        }
        return zones;
    }

    private static List<CloudOutline> cloud(Path file) {
        List<CloudOutline> outlines = new ArrayList<>();
        List<GeoJsonFeatures.Feature> features = GeoJsonFeatures.read(file);
        for (int i = 0; i < features.size(); i++) {
            JsonNode properties = features.get(i).properties();
            String tier = property(file, i, properties, "tier").asText();
            outlines.add(new CloudOutline(property(file, i, properties, "t_s").asDouble(), tier, level(file, i, tier),
                    features.get(i).lonLat()));
        }
        return outlines;
    }

    private static JsonNode property(Path file, int feature, JsonNode properties, String key) {
        JsonNode value = properties.get(key);
        boolean text = key.equals("tier");
        if (value == null || (text ? !value.isTextual() : !value.isNumber())) {
            throw RunFiles.malformed(file, "features[" + feature + "]: property \"" + key + "\" must be a "
                    + (text ? "string" : "number"));
        }
        return value;
    }

    private static int level(Path file, int feature, String tier) {
        try {
            return TierName.level(tier);
        } catch (IllegalArgumentException e) {
            throw RunFiles.malformed(file, "features[" + feature + "]: " + e.getMessage(), e);
        }
    }
}
