package org.cbrnsim.app.hazard;

import org.cbrnsim.app.cli.Json;
import org.cbrnsim.app.cli.QuantityList;
import org.cbrnsim.hazard.HazardAssessment;
import org.cbrnsim.hazard.PointExposure;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.units.IdealGas;
import org.cbrnsim.hazard.substance.HealthEffectsLibrary;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.units.Dimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code cbrnsim hazard peak}: peak concentration, toxic load and lethality at downwind distances. */
@Command(name = "peak", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Peak ground-level concentration on the plume axis at given downwind distances while the cloud "
                + "passes (not cut at ALOHA's first hour, which applies to threat zones only), with the toxic load and "
                + "probability of death of an unprotected person outdoors (probit).")
public final class PeakCommand implements Callable<Integer> {

    @Mixin
    HazardOptions options;

    @Option(names = "--distances", paramLabel = "LIST", defaultValue = "100,200,500,1000,2000,5000m",
            description = "Downwind distances, e.g. 200,500,1000m (default: ${DEFAULT-VALUE}).")
    String distances;

    @Option(names = "--probit", paramLabel = "SET",
            description = "Probit set by (part of) its name, e.g. \"Lees\" or \"Purple Book\" (default: the set chosen for"
                    + " the chemical in substances/health-effects.yaml).")
    String probitSet;

    @Option(names = "--json", description = "Print JSON: {\"model\": …, \"points\": [{\"x_m\", \"peak_ppm\", \"peak_mg_m3\", …}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** One point of the JSON output. */
    record PointJson(double xM, double peakPpm, double peakMgM3, double peakTimeS, String highestLevelExceeded,
                     String probitSet, Double toxicLoad, String toxicLoadUnit, Double probabilityOfDeath) {
    }

    /** The JSON output. */
    record PeakJson(String model, String modelDetail, double richardsonNumber, List<PointJson> points) {
    }

    @Override
    public Integer call() {
        HazardOptions.Setup oneHour = options.setup();
        List<Double> xs = QuantityList.parse("--distances", distances, Dimension.LENGTH);
        for (double x : xs) {
            if (!(x > 0)) {
                throw new IllegalArgumentException("--distances: expected distances > 0 m downwind, got \"" + distances + "\"");
            }
        }
        double farthestM = xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        HazardOptions.Setup setup = new HazardOptions.Setup(oneHour.substance(), oneHour.molarMassKgPerMol(),
                HazardAssessment.followingPassage(oneHour.assessment().conditions(), farthestM), oneHour.levels(),
                oneHour.stabilityOrigin());
        Optional<ProbitFunction> probit = probit(setup.substance());
        HazardAssessment assessment = setup.assessment();
        Atmosphere air = assessment.conditions().atmosphere();
        List<PointJson> points = new ArrayList<>();
        for (double x : xs) {
            PointExposure e = assessment.exposureAt(x, 0, probit, setup.molarMassKgPerMol());
            double ppm = IdealGas.kgPerM3ToPpm(e.peakKgPerM3(), setup.molarMassKgPerMol(), air.temperatureK(),
                    air.pressurePa());
            String exceeded = setup.levels().stream().filter(l -> e.peakKgPerM3() >= l.level().kgPerM3())
                    .map(LabelledLevel::label).findFirst().orElse("none");
            points.add(new PointJson(x, ppm, e.peakKgPerM3() * 1e6, e.peakTimeS(), exceeded,
                    e.lethality().map(PointExposure.Lethality::probitSet).orElse(null),
                    e.lethality().map(PointExposure.Lethality::toxicLoad).orElse(null),
                    e.lethality().map(PointExposure.Lethality::toxicLoadUnit).orElse(null),
                    e.lethality().map(PointExposure.Lethality::probabilityOfDeath).orElse(null)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(new PeakJson(AssessmentReport.modelKey(assessment), assessment.cloud().modelName(),
                    assessment.richardson().richardsonNumber(), points)));
        } else {
            printTable(out, setup, points);
        }
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, HazardOptions.Setup setup, List<PointJson> points) {
        AssessmentReport.printHeader(out, setup);
        if (!points.isEmpty() && points.get(0).probitSet() != null) {
            out.printf(Locale.ROOT, "%-10s %s%n", "Probit:", points.get(0).probitSet()
                    + "; toxic load in " + points.get(0).toxicLoadUnit());
        }
        out.printf(Locale.ROOT, "%10s %14s %14s %12s %-18s %12s %10s%n", "distance", "peak", "peak", "at", "exceeds",
                "toxic load", "P(death)");
        for (PointJson p : points) {
            out.printf(Locale.ROOT, "%10s %14s %14s %12s %-18s %12s %10s%n", Format.length(p.xM()),
                    Format.ppm(p.peakPpm()), String.format(Locale.ROOT, "%.3g mg/m³", p.peakMgM3()),
                    Format.clock(p.peakTimeS()), p.highestLevelExceeded(),
                    p.toxicLoad() == null ? "-" : String.format(Locale.ROOT, "%.3g", p.toxicLoad()),
                    p.probabilityOfDeath() == null ? "-" : String.format(Locale.ROOT, "%.3g", p.probabilityOfDeath()));
        }
    }

    private Optional<ProbitFunction> probit(Optional<Substance> substance) {
        List<ProbitFunction> known = substance.map(Substance::probits).orElse(List.of());
        if (probitSet == null) {
            return substance.flatMap(s -> HealthEffectsLibrary.bundled().require(s).lethalityProbit(s));
        }
        String wanted = probitSet.toLowerCase(Locale.ROOT);
        return Optional.of(known.stream().filter(p -> p.setName().toLowerCase(Locale.ROOT).contains(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--probit: no probit set matching \"" + probitSet + "\" for "
                        + substance.map(Substance::name).orElse("this gas") + "; known: "
                        + (known.isEmpty() ? "none" : String.join("; ", known.stream().map(ProbitFunction::setName).toList())))));
    }
}
