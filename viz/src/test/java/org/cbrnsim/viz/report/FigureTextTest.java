package org.cbrnsim.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FigureTextTest {

    @Test
    void wholeNumbersHaveThousandsSeparatorsOnEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("19,208", FigureText.whole(19208));
            assertEquals("1,234,568", FigureText.whole(1234567.6));
            assertEquals("0", FigureText.whole(0.4));
            assertEquals("0.25", FigureText.decimal(0.25));
            assertEquals("1,200.5", FigureText.decimal(1200.5));
            assertEquals("18", FigureText.decimal(18.0));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void notMeasuredIsSaid() {
        assertEquals("not measured", FigureText.whole(Double.NaN));
        assertEquals("not measured", FigureText.decimal(Double.NaN));
    }
}
