package org.cbrnsim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Levenshtein distances of textbook pairs, and the "did you mean" threshold. */
class EditDistanceTest {

    /** kitten → sitting is 3 (Jurafsky &amp; Martin's and most textbooks' example); the rest are by hand. */
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({"kitten, sitting, 3", "flaw, lawn, 2", "'', abc, 3", "chlorine, chlorine, 0", "raduis, radius, 2"})
    void distance(String a, String b, int expected) {
        assertEquals(expected, EditDistance.between(a, b));
        assertEquals(expected, EditDistance.between(b, a), "symmetric");
    }

    @Test
    void closestIsOfferedOnlyForPlausibleTypos() {
        List<String> keys = List.of("population", "radius", "name");
        assertEquals(Optional.of("population"), EditDistance.closest("poplation", keys));
        assertEquals(Optional.of("radius"), EditDistance.closest("raduis", keys));
        assertEquals(Optional.empty(), EditDistance.closest("colour", keys));
        assertEquals(Optional.of("ab"), EditDistance.closest("a", List.of("ba", "ab")), "ties: alphabetical");
    }
}
