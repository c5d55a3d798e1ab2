package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class LognormalServiceTimeTest {

    @Test
    void drawsHaveTheGivenMeanAndCoefficientOfVariation() {
        LognormalServiceTime time = new LognormalServiceTime(0.5);
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        int n = 400_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double s = time.drawS(240, random);
            sum += s;
            sumSquares += s * s;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSquares / n - mean * mean);
        // standard error of the mean: 0.5 · 240 / √n = 0.19 s
        assertEquals(240, mean, 1.0);
        assertEquals(0.5, sd / mean, 0.01);
    }

    @Test
    void aZeroCvGivesTheMeanAndDrawsNothing() {
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        MersenneTwisterFast untouched = new MersenneTwisterFast(4);
        assertEquals(180.0, new LognormalServiceTime(0).drawS(180, random));
        assertEquals(untouched.nextDouble(), random.nextDouble());
    }

    @Test
    void aNegativeCvIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LognormalServiceTime(-0.1));
    }
}
