package org.cbrnsim.hazard.evaluation;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.cbrnsim.hazard.atmosphere.ObukhovLength;
import org.cbrnsim.hazard.dispersion.BriggsSpread;
import org.cbrnsim.hazard.dispersion.GaussianPlume;
import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.SimilaritySpread;

/**
 * The plume models the Prairie Grass harness can score, each predicting the centreline
 * concentration at the sampler height on an arc, which is compared with the arc maximum.
 */
public enum PrairieGrassModel {

    /**
     * Plain Briggs (1973) open-country Gaussian plume: class from L by {@link ObukhovLength#golderClass},
     * transport speed = the measured wind at 2 m, no mixing lid (reference/dispersion.md §3.1.6).
     */
    BRIGGS_RURAL("briggs-rural") {
        @Override
        double predictKgPerM3(ArcObservation arc, RunMeteorology met) {
            PlumeSpread spread = BriggsSpread.openCountry(
                    ObukhovLength.golderClass(met.obukhovLengthM(), PrairieGrassEvaluation.ROUGHNESS_LENGTH_M));
            return centreline(arc, new GaussianPlume(arc.sourceHeightM(), met.windSpeedMps(), spread));
        }
    },

    /**
     * Gaussian plume with {@link SimilaritySpread}: σz from the van Ulden (1978) mean plume height
     * for the run's u* and L, σy from the run's 10-minute σθ (Pasquill 1976), transport at the
     * plume's advection speed u(0.6·z̄), reflected at the run's mixing height where one is given.
     */
    SIMILARITY("similarity") {
        @Override
        double predictKgPerM3(ArcObservation arc, RunMeteorology met) {
            SimilaritySpread spread = new SimilaritySpread(met.frictionVelocityMps(), met.obukhovLengthM(),
                    PrairieGrassEvaluation.ROUGHNESS_LENGTH_M, met.windSpeedMps(), PrairieGrassData.WIND_HEIGHT_M,
                    met.sigmaThetaRad());
            double lidM = met.mixingHeightM().orElse(Double.POSITIVE_INFINITY);
            return centreline(arc, new GaussianPlume(arc.sourceHeightM(),
                    spread.transportSpeedMps(arc.arcDistanceM()), spread, lidM));
        }
    };

    private final String id;

    PrairieGrassModel(String id) {
        this.id = id;
    }

    /** The name users select the model by, e.g. "briggs-rural". */
    public String id() {
        return id;
    }

    /**
     * The model with the given id.
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static PrairieGrassModel byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown Prairie Grass model \"" + id
                        + "\", expected one of " + Arrays.stream(values()).map(PrairieGrassModel::id)
                        .collect(Collectors.joining(", "))));
    }

    /** Predicted centreline concentration (kg/m³) at the arc's distance and sampler height. */
    abstract double predictKgPerM3(ArcObservation arc, RunMeteorology met);

    private static double centreline(ArcObservation arc, GaussianPlume plume) {
        return arc.emissionRateKgPerS() * plume.concentrationPerRate(arc.arcDistanceM(), 0.0, arc.samplerHeightM());
    }
}
