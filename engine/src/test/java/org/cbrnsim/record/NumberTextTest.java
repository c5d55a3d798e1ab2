package org.cbrnsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void numbersAreRoundedToTwelveSignificantDigitsInPlainNotation() {
        assertEquals("0.3", NumberText.format(0.1 + 0.2));
        assertEquals("43200", NumberText.format(43_200.0));
        assertEquals("0.666666666667", NumberText.format(2.0 / 3));
        assertEquals("-1234.5", NumberText.format(-1234.5));
        assertEquals("0", NumberText.format(-0.0));
        assertEquals("0.000001", NumberText.format(1e-6));
    }

    @Test
    void veryLargeAndVerySmallNumbersUseScientificNotation() {
        assertEquals("1.5E-7", NumberText.format(1.5e-7));
        assertEquals("1E+20", NumberText.format(1e20));
    }

    @Test
    void nonFiniteValuesHaveNamesThatRAndPandasRead() {
        assertEquals("NaN", NumberText.format(Double.NaN));
        assertEquals("Inf", NumberText.format(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", NumberText.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void theDefaultLocaleDoesNotMatter() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1234567.25", NumberText.format(1_234_567.25));
        } finally {
            Locale.setDefault(original);
        }
    }
}
