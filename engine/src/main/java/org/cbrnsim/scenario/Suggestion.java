package org.cbrnsim.scenario;

import java.util.Collection;
import org.cbrnsim.text.EditDistance;

/** The "; did you mean …?" tail of a message about a misspelt key, word or id. */
final class Suggestion {

    private Suggestion() {
    }

    /** {@code ; did you mean "population"?} for the nearest candidate a few edits away, else "". */
    static String didYouMean(String wanted, Collection<String> candidates) {
        return EditDistance.closest(wanted, candidates).map(best -> "; did you mean \"" + best + "\"?").orElse("");
    }
}
