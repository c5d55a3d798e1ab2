package org.cbrnsim.app.evaluate;

import org.cbrnsim.app.cli.Json;
import org.cbrnsim.hazard.evaluation.ModelScores;
import org.cbrnsim.hazard.evaluation.PrairieGrassEvaluation;
import org.cbrnsim.hazard.evaluation.PrairieGrassModel;
import org.cbrnsim.hazard.evaluation.PrairieGrassResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cbrnsim evaluate prairie-grass DIR}: scores a plume model on the arc maxima of Project Prairie
 * Grass (Barad 1958) with the Chang &amp; Hanna (2004) measures.
 */
@Command(name = "prairie-grass", mixinStandardHelpOptions = true,
        description = "Score the plume model on Project Prairie Grass arc maxima (FB, NMSE, MG, VG, FAC2), "
                + "overall, per arc and per stability class (Golder 1972 classes from L, z0 = 0.006 m).")
public final class PrairieGrassCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with PGARCS.txt and modelParamList.txt.")
    Path folder;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "similarity",
            description = "Model to score: similarity (surface-layer similarity, the engine's) or briggs-rural "
                    + "(plain Briggs plume, the baseline) (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--json", description = "Print JSON: {\"overall\": {n, fb, nmse, mg, vg, fac2}, \"by_arc\": …, \"by_class\": …}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrairieGrassModel chosen = PrairieGrassModel.byId(model);
        PrairieGrassResult result = PrairieGrassEvaluation.fromFolder(folder).evaluate(chosen);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(result));
        } else {
            printTable(out, result);
        }
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, PrairieGrassResult result) {
        out.printf(Locale.ROOT, "Project Prairie Grass, arc maxima, model: %s%n", result.model());
        out.printf(Locale.ROOT, "%-10s %5s %8s %8s %8s %8s %8s%n", "subset", "n", "FB", "NMSE", "MG", "VG", "FAC2");
        row(out, "all", result.overall());
        result.byArc().forEach((arc, scores) -> row(out, arc + " m", scores));
        result.byClass().forEach((stability, scores) -> row(out, "class " + stability, scores));
        out.println("FB > 0: under-prediction. Good-model criteria (Chang & Hanna 2004): FAC2 >= 0.5, |FB| <= 0.3, "
                + "NMSE <= 1.5, VG <= 4.");
    }

    private static void row(PrintWriter out, String label, ModelScores s) {
        out.printf(Locale.ROOT, "%-10s %5d %8.3f %8.3f %8.3f %8.3f %8.3f%n", label, s.n(), s.fb(), s.nmse(), s.mg(), s.vg(), s.fac2());
    }
}
