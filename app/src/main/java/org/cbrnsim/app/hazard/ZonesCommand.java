package org.cbrnsim.app.hazard;

import org.cbrnsim.app.cli.Json;
import org.cbrnsim.hazard.HazardAssessment;
import org.cbrnsim.hazard.zones.ThreatZone;
import org.locationtech.jts.geom.Coordinate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code cbrnsim hazard zones}: threat-zone lengths, widths and footprints, ALOHA-style. */
@Command(name = "zones", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Threat zones: where the ground-level concentration exceeds each level of concern at some time "
                + "during the first hour, ALOHA's convention for threat zones (length downwind, greatest half-width, footprint). "
                + "Zones longer than 10 km are capped.")
public final class ZonesCommand implements Callable<Integer> {

    @Mixin
    HazardOptions options;

    @Option(names = "--json", description = "Print JSON: {\"model\": …, \"zones\": [{\"loc_ppm\", \"length_m\", \"max_half_width_m\", …}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** One zone in the JSON output; the footprint is [x, y] in metres, x downwind, y crosswind. */
    record ZoneJson(String label, String colour, double locPpm, double lengthM, double maxHalfWidthM,
                    boolean lengthCapped, boolean shorterThan10M, List<double[]> footprintM) {
    }

    /** The JSON output. */
    record ZonesJson(String model, String modelDetail, double richardsonNumber, double transportWindMps,
                     List<ZoneJson> zones) {
    }

    @Override
    public Integer call() {
        HazardOptions.Setup setup = options.setup();
        HazardAssessment assessment = setup.assessment();
        List<ThreatZone> zones = assessment.zones(setup.levels().stream().map(LabelledLevel::level).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<ZoneJson> zoneJson = new ArrayList<>();
            for (int i = 0; i < zones.size(); i++) {
                ThreatZone z = zones.get(i);
                LabelledLevel level = setup.levels().get(i);
                zoneJson.add(new ZoneJson(level.label(), level.colour(), level.level().ppm(), z.lengthM(), z.maxHalfWidthM(),
                        z.reachesLengthCap(), z.shorterThanReported(),
                        Arrays.stream(z.footprint().getCoordinates()).map(ZonesCommand::rounded).toList()));
            }
            out.println(Json.write(new ZonesJson(AssessmentReport.modelKey(assessment), assessment.cloud().modelName(),
                    assessment.richardson().richardsonNumber(), assessment.transportWindMps(), zoneJson)));
        } else {
            AssessmentReport.printHeader(out, setup);
            out.printf(Locale.ROOT, "%-7s %-18s %12s %12s %16s%n", "zone", "level", "concern", "length", "max half-width");
            for (int i = 0; i < zones.size(); i++) {
                ThreatZone z = zones.get(i);
                LabelledLevel level = setup.levels().get(i);
                out.printf(Locale.ROOT, "%-7s %-18s %12s %12s %16s%n", level.colour(), level.label(),
                        Format.ppm(level.level().ppm()), lengthText(z), Format.length(z.maxHalfWidthM()));
            }
        }
        out.flush();
        return 0;
    }

    private static String lengthText(ThreatZone zone) {
        if (zone.shorterThanReported()) {
            return "< 10 m";
        }
        return zone.reachesLengthCap() ? "> 10 km" : Format.length(zone.lengthM());
    }

    private static double[] rounded(Coordinate c) {
        return new double[] {Math.round(c.x * 10) / 10.0, Math.round(c.y * 10) / 10.0};
    }
}
