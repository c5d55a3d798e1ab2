package org.cbrnsim.app.hazard;

import org.cbrnsim.hazard.densegas.RichardsonChoice;
import org.cbrnsim.hazard.HazardAssessment;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.source.ReleaseStep;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The lines both hazard commands print above their table, so the reader sees what was assumed:
 * substance, release, weather, the model chosen and why, and the levels of concern.
 */
final class AssessmentReport {

    private AssessmentReport() {
    }

    /** "gaussian" or "heavy": the model key of the JSON output. */
    static String modelKey(HazardAssessment assessment) {
        return assessment.isDense() ? "heavy" : "gaussian";
    }

    static void printHeader(PrintWriter out, HazardOptions.Setup setup) {
        HazardAssessment a = setup.assessment();
        Atmosphere air = a.conditions().atmosphere();
        double massKg = a.steps().stream().mapToDouble(ReleaseStep::massKg).sum();
        double endS = a.steps().get(a.steps().size() - 1).endS();
        line(out, "Substance", setup.substanceLabel());
        String window = a.horizonS() == HazardAssessment.HORIZON_S ? "the first hour (ALOHA's window)"
                : "the first " + Format.duration(a.horizonS()) + " (the cloud's passage)";
        line(out, "Release", String.format(Locale.ROOT, "%s; %s into the air in %s, over %s, from %s",
                a.conditions().source().description(), Format.mass(massKg), window, Format.duration(endS),
                Format.length(a.conditions().releaseHeightM())));
        line(out, "Weather", String.format(Locale.ROOT,
                "wind %.1f m/s at 10 m, stability %s (%s), air %.1f °C, roughness %s, %s",
                air.windSpeed10mMps(), air.stability(), setup.stabilityOrigin(), air.temperatureK() - 273.15,
                Format.length(air.roughnessM()),
                air.hasInversion() ? "inversion lid at " + Format.length(air.inversionHeightM()) : "no inversion"));
        RichardsonChoice ri = a.richardson();
        line(out, "Model", String.format(Locale.ROOT, "%s (Richardson number %.3g, dense above %.3g; model %s)",
                a.isDense() ? "heavy gas" : "Gaussian", ri.richardsonNumber(), ri.criticalRichardsonNumber(),
                a.conditions().model() == org.cbrnsim.hazard.DispersionModelChoice.AUTO ? "chosen automatically" : "forced"));
        line(out, "Details", a.cloud().modelName());
        if (!a.isDense()) {
            line(out, "Transport", String.format(Locale.ROOT, "%.2f m/s (log-profile wind at 3 m or the release height)",
                    a.transportWindMps()));
        }
        StringBuilder levels = new StringBuilder();
        for (LabelledLevel level : setup.levels()) {
            levels.append(levels.length() == 0 ? "" : ", ").append(level.colour()).append(' ')
                    .append(level.label()).append(" = ").append(Format.ppm(level.level().ppm()));
        }
        line(out, "Levels", levels.toString());
        out.println();
    }

    private static void line(PrintWriter out, String label, String text) {
        out.printf(Locale.ROOT, "%-10s %s%n", label + ":", text);
    }
}
