package org.cbrnsim.hazard.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrairieGrassEvaluationTest {

    private static PrairieGrassEvaluation evaluation;
    private static PrairieGrassResult briggs;
    private static PrairieGrassResult similarity;

    @BeforeAll
    static void evaluateBothModels() {
        evaluation = PrairieGrassEvaluation.fromFolder(PrairieGrassFolder.locate());
        briggs = evaluation.evaluate("briggs-rural");
        similarity = evaluation.evaluate("similarity");
    }

    @Test
    void briggsBaselineReproducesTheReferenceNotes() {
        // dispersion.md §3.1.6: FB, NMSE, MG, VG, FAC2 of a plain Briggs-rural plume with Golder classes
        assertScores(briggs.overall(), 265, 0.005, 0.58, 1.12, 1.45, 0.79);
        assertScores(briggs.byArc().get("50"), 53, -0.01, 0.18, 1.06, 1.19, 0.92);
        assertScores(briggs.byArc().get("800"), 53, 0.55, 4.0, 1.08, 1.99, 0.55);
        assertScores(briggs.byClass().get("A"), 15, 1.03, 6.1, 1.60, 2.48, 0.53);
        assertScores(briggs.byClass().get("F"), 30, -0.20, 0.37, 0.81, 2.28, 0.57);
    }

    @Test
    void similarityModelMeetsTheTargetAndBeatsTheBaseline() {
        ModelScores s = similarity.overall();
        assertEquals(265, s.n());
        assertTrue(s.fac2() >= 0.85, "FAC2 " + s.fac2());
        assertTrue(Math.abs(s.fb()) <= 0.15, "FB " + s.fb());
        assertTrue(s.vg() <= 1.4, "VG " + s.vg());
        assertTrue(s.vg() < briggs.overall().vg() && s.fac2() > briggs.overall().fac2()
                && s.nmse() < briggs.overall().nmse(), s + " vs " + briggs.overall());
    }

    @Test
    void similarityModelPredictsTheNeutralAndStableReferenceRunsWithinAFactorOfTwo() {
        // dispersion.md §3.1.5 (Barad 1958) arc maxima at 50/100/200/400/800 m, mg/m³: run 22 (D), run 29 (E)
        assertWithinFactorTwo(22, new double[] {224, 81.8, 27.7, 8.64, 2.51});
        assertWithinFactorTwo(29, new double[] {248, 87.8, 27.6, 9.18, 2.60});
    }

    @Test
    void resultIsKeyedByArcDistanceAndClassInOrder() {
        assertEquals(List.of("50", "100", "200", "400", "800"), List.copyOf(similarity.byArc().keySet()));
        assertEquals(List.of("A", "B", "C", "D", "E", "F"), List.copyOf(similarity.byClass().keySet()));
        assertEquals("similarity", similarity.model());
        int byClassTotal = similarity.byClass().values().stream().mapToInt(ModelScores::n).sum();
        assertEquals(265, byClassTotal);
    }

    @Test
    void unknownModelNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evaluation.evaluate("aloha"));
        assertTrue(e.getMessage().contains("briggs-rural, similarity"), e.getMessage());
    }

    private static void assertWithinFactorTwo(int run, double[] observedMgPerM3) {
        List<PairedPrediction> pairs = evaluation.predict(PrairieGrassModel.SIMILARITY).stream()
                .filter(p -> p.run() == run).toList();
        assertEquals(5, pairs.size());
        for (int i = 0; i < 5; i++) {
            double ratio = pairs.get(i).predictedKgPerM3() / (observedMgPerM3[i] * 1e-6);
            assertTrue(ratio >= 0.5 && ratio <= 2, "run " + run + " arc " + pairs.get(i).arcDistanceM()
                    + ": predicted/observed " + ratio);
        }
    }

    private static void assertScores(ModelScores s, int n, double fb, double nmse, double mg, double vg, double fac2) {
        assertEquals(n, s.n());
        assertEquals(fb, s.fb(), 0.01, "FB");
        assertEquals(nmse, s.nmse(), Math.max(0.01, 0.02 * nmse), "NMSE");
        assertEquals(mg, s.mg(), 0.01, "MG");
        assertEquals(vg, s.vg(), 0.01, "VG");
        assertEquals(fac2, s.fac2(), 0.01, "FAC2");
    }
}
