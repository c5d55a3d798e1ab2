package org.cbrnsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words a value may be, each naming one choice; matched ignoring case, with spaces or underscores
 * for hyphens. An unknown word is refused with the list and, for a near miss, "did you mean …?".
 *
 * @param what   what the value is, e.g. "a place kind"
 * @param byWord choice by its word as the format spells it, in the order the list prints
 */
record Choices<E>(String what, Map<String, E> byWord) {

    Choices {
        byWord = Collections.unmodifiableMap(new LinkedHashMap<>(byWord));
    }

    /** The values, each under the word {@code word} gives it. */
    static <E> Choices<E> of(String what, List<E> values, Function<E, String> word) {
        Map<String, E> byWord = new LinkedHashMap<>();
        values.forEach(value -> byWord.put(word.apply(value), value));
        return new Choices<>(what, byWord);
    }

    Optional<E> find(String word) {
        String wanted = normalise(word);
        return byWord.entrySet().stream().filter(e -> normalise(e.getKey()).equals(wanted))
                .map(Map.Entry::getValue).findFirst();
    }

    /** "expected a place kind: town, village, …; got "towm"; did you mean "town"?" */
    String refusal(String word) {
        return "expected " + what + ": " + String.join(", ", byWord.keySet()) + "; got \"" + word + "\""
                + Suggestion.didYouMean(word, byWord.keySet());
    }

    private static String normalise(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }
}
