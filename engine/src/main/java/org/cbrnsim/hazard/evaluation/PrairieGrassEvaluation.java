package org.cbrnsim.hazard.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.cbrnsim.hazard.atmosphere.ObukhovLength;

/**
 * Scores a plume model against the Project Prairie Grass arc maxima of the runs that have
 * meteorology (53 runs, 265 arcs), in the manner of Chang &amp; Hanna (2004): each arc maximum is
 * paired with the model's centreline concentration at the arc distance and sampler height (1.5 m),
 * for the run's release rate and release height (0.46 m, or 1.5 m for runs 65–68). Arc maxima are
 * 10-minute means; the similarity model takes σθ over the same 10 minutes.
 *
 * <p>Stability class (for the Briggs baseline and the by-class table) by {@link ObukhovLength#golderClass}
 * with z0 = {@value #ROUGHNESS_LENGTH_M} m. Floor for the logarithms:
 * {@link PrairieGrassData#REPORTING_RESOLUTION_KG_PER_M3}; no observed arc maximum of these runs is
 * below it.
 */
public final class PrairieGrassEvaluation {

    /** Roughness length of the Prairie Grass site, O'Neill, Nebraska (m), per the data README. */
    public static final double ROUGHNESS_LENGTH_M = 0.006;

    private final PrairieGrassData data;

    public PrairieGrassEvaluation(PrairieGrassData data) {
        this.data = data;
    }

    /** Reads the data from a folder, see {@link PrairieGrassData#read(Path)}. */
    public static PrairieGrassEvaluation fromFolder(Path folder) {
        return new PrairieGrassEvaluation(PrairieGrassData.read(folder));
    }

    /** The model's prediction for every arc maximum of the runs with meteorology, in file order. */
    public List<PairedPrediction> predict(PrairieGrassModel model) {
        List<PairedPrediction> pairs = new ArrayList<>();
        for (ArcObservation arc : data.arcsWithMeteorology()) {
            RunMeteorology met = data.meteorology().get(arc.run());
            pairs.add(new PairedPrediction(arc.run(), arc.arcDistanceM(),
                    ObukhovLength.golderClass(met.obukhovLengthM(), ROUGHNESS_LENGTH_M),
                    arc.arcMaximumKgPerM3(), model.predictKgPerM3(arc, met)));
        }
        return pairs;
    }

    /** Scores of the model with the given id ("briggs-rural", "similarity"). */
    public PrairieGrassResult evaluate(String modelId) {
        return evaluate(PrairieGrassModel.byId(modelId));
    }

    /** Scores overall, by arc distance and by stability class. */
    public PrairieGrassResult evaluate(PrairieGrassModel model) {
        List<PairedPrediction> pairs = predict(model);
        Map<String, ModelScores> byArc = new LinkedHashMap<>();
        groupScores(pairs, PairedPrediction::arcDistanceM).forEach((d, s) -> byArc.put(arcKey(d), s));
        Map<String, ModelScores> byClass = new LinkedHashMap<>();
        groupScores(pairs, PairedPrediction::stabilityClass).forEach((c, s) -> byClass.put(c.name(), s));
        return new PrairieGrassResult(model.id(), scores(pairs), byArc, byClass);
    }

    private static <K extends Comparable<K>> Map<K, ModelScores> groupScores(List<PairedPrediction> pairs,
                                                                             Function<PairedPrediction, K> key) {
        Map<K, List<PairedPrediction>> groups = new TreeMap<>();
        for (PairedPrediction p : pairs) {
            groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
        }
        Map<K, ModelScores> result = new TreeMap<>();
        groups.forEach((k, group) -> result.put(k, scores(group)));
        return result;
    }

    private static ModelScores scores(List<PairedPrediction> pairs) {
        double[] observed = pairs.stream().mapToDouble(PairedPrediction::observedKgPerM3).toArray();
        double[] predicted = pairs.stream().mapToDouble(PairedPrediction::predictedKgPerM3).toArray();
        return ModelScores.of(observed, predicted, PrairieGrassData.REPORTING_RESOLUTION_KG_PER_M3);
    }

    private static String arcKey(double distanceM) {
        return distanceM == Math.rint(distanceM) ? Long.toString((long) distanceM) : Double.toString(distanceM);
    }
}
