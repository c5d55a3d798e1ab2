package org.cbrnsim.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Levenshtein edit distance (Levenshtein 1966, Soviet Physics Doklady 10:707): the fewest
 * single-character insertions, deletions and substitutions turning one string into another.
 * Used to suggest a known name ("did you mean …?") for a misspelt chemical, key or value.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** The number of single-character edits between {@code a} and {@code b}. */
    public static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The candidate nearest to {@code wanted} (ties: the alphabetically first), if it is at most
     * max(2, ⌊length/3⌋) edits away, so that a suggestion is offered only for a plausible typo.
     */
    public static Optional<String> closest(String wanted, Collection<String> candidates) {
        return candidates.stream()
                .min(Comparator.comparingInt((String candidate) -> between(wanted, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(best -> between(wanted, best) <= Math.max(2, wanted.length() / 3));
    }
}
