package org.cbrnsim.hazard.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores of one model on the Prairie Grass arc maxima, ready for JSON: overall, by arc distance
 * (keys "50", "100", "200", "400", "800", in increasing distance) and by stability class (keys "A"
 * to "F", only the classes present).
 *
 * @param model   id of the model, see {@link PrairieGrassModel#id()}
 * @param overall scores over all pairs
 * @param byArc   scores per arc distance in metres
 * @param byClass scores per Golder stability class
 */
public record PrairieGrassResult(String model, ModelScores overall, Map<String, ModelScores> byArc,
                                 Map<String, ModelScores> byClass) {

    public PrairieGrassResult {
        byArc = Collections.unmodifiableMap(new LinkedHashMap<>(byArc));
        byClass = Collections.unmodifiableMap(new LinkedHashMap<>(byClass));
    }
}
