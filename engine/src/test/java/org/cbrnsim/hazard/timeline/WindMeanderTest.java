package org.cbrnsim.hazard.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleSupplier;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.sim.RandomStreams;
import org.junit.jupiter.api.Test;

/** The Ornstein–Uhlenbeck meander angle: its stationary spread, its memory, and the same angles for the same seed. */
class WindMeanderTest {

    private static DoubleSupplier normals(long seed) {
        return RandomStreams.generator(seed, "weather.meander")::nextGaussian;
    }

    @Test
    void theStationarySpreadIsTheHourlySigmaThetaLessWhatTheCurvesHold() {
        // σθ(D) = 10° (NOAA READY); ALOHA's σy holds 3 min of averaging: 10·√(1 − (3/60)^0.4) = 8.356°.
        WindMeander aloha = WindMeander.forSigmaSet("aloha", normals(1));
        assertEquals(8.356, aloha.stationaryStdDeg(StabilityClass.D), 1e-3);
        assertEquals(2.089, aloha.stationaryStdDeg(StabilityClass.F), 1e-3);
        assertEquals(20.891, aloha.stationaryStdDeg(StabilityClass.A), 1e-3);
        // Pasquill–Gifford (10 min): 10·√(1 − (10/60)^0.4) = 7.153°; Briggs urban (1 h) holds it all.
        assertEquals(7.153, WindMeander.forSigmaSet("pasquill-gifford", normals(1)).stationaryStdDeg(StabilityClass.D),
                1e-3);
        assertEquals(0, WindMeander.forSigmaSet("briggs-urban", normals(1)).stationaryStdDeg(StabilityClass.D));
        assertEquals(0, WindMeander.none().stepDeg(60, StabilityClass.A));
    }

    @Test
    void theAngleHasTheStationarySpreadAndForgetsOverTheCorrelationTime() {
        WindMeander meander = WindMeander.forSigmaSet("aloha", normals(7));
        double dtS = 60;
        int n = 400_000;
        double[] angles = new double[n];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            angles[i] = meander.stepDeg(dtS, StabilityClass.D);
            sum += angles[i];
            sumSq += angles[i] * angles[i];
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        double expectedStd = meander.stationaryStdDeg(StabilityClass.D);
        assertEquals(0, mean, 0.05 * expectedStd);
        assertEquals(expectedStd, Math.sqrt(variance), 0.02 * expectedStd);
        int lag = 10; // 600 s, about one correlation time
        double covariance = 0;
        for (int i = 0; i + lag < n; i++) {
            covariance += (angles[i] - mean) * (angles[i + lag] - mean);
        }
        double autocorrelation = covariance / (n - lag) / variance;
        assertEquals(Math.exp(-lag * dtS / WindMeander.CORRELATION_TIME_S), autocorrelation, 0.02);
    }

    @Test
    void theSameSeedGivesTheSameAnglesAndAnotherSeedOthers() {
        WindMeander a = WindMeander.forSigmaSet("aloha", normals(42));
        WindMeander b = WindMeander.forSigmaSet("aloha", normals(42));
        WindMeander c = WindMeander.forSigmaSet("aloha", normals(43));
        boolean differs = false;
        for (int i = 0; i < 100; i++) {
            double angle = a.stepDeg(60, StabilityClass.E);
            assertEquals(angle, b.stepDeg(60, StabilityClass.E));
            differs |= angle != c.stepDeg(60, StabilityClass.E);
        }
        assertTrue(differs, "another seed, other angles");
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WindMeander.forSigmaSet("turner", normals(1)));
        assertThrows(IllegalArgumentException.class, () -> new WindMeander(normals(1), 0));
        assertThrows(IllegalArgumentException.class,
                () -> WindMeander.forSigmaSet("aloha", normals(1)).stepDeg(-1, StabilityClass.D));
    }
}
