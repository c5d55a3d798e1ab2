package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.PlumeSpread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

/** Spread sets written out from the reference notes, and shared assertions, for the dense-gas tests. */
final class DenseGasTestSupport {

    private DenseGasTestSupport() {
    }

    private record Spread(String name, DoubleUnaryOperator sy, DoubleUnaryOperator sz) implements PlumeSpread {
        @Override
        public double sigmaYM(double xM) {
            return sy.applyAsDouble(xM);
        }

        @Override
        public double sigmaZM(double xM) {
            return sz.applyAsDouble(xM);
        }
    }

    /** Briggs (1973) open country, class F (dispersion.md §2.2). */
    static PlumeSpread briggsRuralF() {
        return new Spread("Briggs rural F", x -> 0.04 * x / Math.sqrt(1 + 0.0001 * x), x -> 0.016 * x / (1 + 0.0003 * x));
    }

    /** Briggs (1973) open country, class D (dispersion.md §2.2). */
    static PlumeSpread briggsRuralD() {
        return new Spread("Briggs rural D", x -> 0.08 * x / Math.sqrt(1 + 0.0001 * x), x -> 0.06 * x / Math.sqrt(1 + 0.0015 * x));
    }

    /** CCPS (1999) / Slade (1968) puff coefficients, class F, σx = σy (dispersion.md §2.4). */
    static PlumeSpread puffF() {
        return new Spread("CCPS puff F", x -> 0.02 * Math.pow(x, 0.89), x -> 0.05 * Math.pow(x, 0.61));
    }

    /** CCPS (1999) / Slade (1968) puff coefficients, class D, σx = σy (dispersion.md §2.4). */
    static PlumeSpread puffD() {
        return new Spread("CCPS puff D", x -> 0.06 * Math.pow(x, 0.92), x -> 0.15 * Math.pow(x, 0.70));
    }

    /**
     * The passive cloud takes over at the transition with the concentration of the last curve,
     * {@code endKgPerM3}, and falls beyond it.
     */
    static void assertJoinsPassiveWithoutJump(BritterMcQuaidCloud cloud, double endKgPerM3) {
        double x = cloud.transitionM();
        double before = cloud.peakKgPerM3(x * (1 - 1e-9), 0);
        double after = cloud.peakKgPerM3(x * (1 + 1e-9), 0);
        assertEquals(endKgPerM3, before, 1e-6 * endKgPerM3);
        assertEquals(before, after, 1e-6 * before);
        assertTrue(cloud.peakKgPerM3(2 * x, 0) < after);
    }
}
