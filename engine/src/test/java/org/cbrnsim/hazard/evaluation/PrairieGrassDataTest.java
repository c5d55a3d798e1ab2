package org.cbrnsim.hazard.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrairieGrassDataTest {

    private static final String BLOCK = """
              7,  1,'07/10/56','1400-1410',    50.0
              3,  1,  3,   1,     1.000,    0.0,    0.0,  89.90000,  0.46,  1.50,     1.000
                   300         1        50     0.015
                   302         2        50    -9.000
                   304         3        50    97.800
            """;

    @Test
    void readsTheSharedFilesWithTheCountsOfTheReferenceNotes() {
        PrairieGrassData data = PrairieGrassData.read(PrairieGrassFolder.locate());
        // dispersion.md §3.1.2: 68 runs × 5 arcs; meteorology for 53 runs
        assertEquals(340, data.arcs().size());
        assertEquals(53, data.meteorology().size());
        assertEquals(265, data.arcsWithMeteorology().size());
    }

    @Test
    void arcMaximaAndMeteorologyOfRunSevenMatchTheIndependentTranscription() {
        // dispersion.md §3.1.2/§3.1.5: run 7, Q 89.9 g/s, maxima 97.8/23.3/5.14/0.76/0.08 mg/m³; L −9.8, u* 0.31, σθ 25.6°, U 4.44
        PrairieGrassData data = PrairieGrassData.read(PrairieGrassFolder.locate());
        List<ArcObservation> run7 = data.arcs().stream().filter(a -> a.run() == 7).toList();
        double[] expectedMgPerM3 = {97.8, 23.3, 5.14, 0.76, 0.08};
        double[] expectedDistanceM = {50, 100, 200, 400, 800};
        for (int i = 0; i < 5; i++) {
            assertEquals(expectedDistanceM[i], run7.get(i).arcDistanceM(), 0.0);
            assertEquals(expectedMgPerM3[i] * 1e-6, run7.get(i).arcMaximumKgPerM3(), 0.006e-6);
            assertEquals(0.0899, run7.get(i).emissionRateKgPerS(), 1e-9);
            assertEquals(0.46, run7.get(i).sourceHeightM(), 0.0);
            assertEquals(1.5, run7.get(i).samplerHeightM(), 0.0);
        }
        RunMeteorology met = data.meteorology().get(7);
        assertEquals(-9.8, met.obukhovLengthM(), 0.0);
        assertEquals(0.31, met.frictionVelocityMps(), 0.0);
        assertEquals(1340, met.mixingHeightM().getAsDouble(), 0.0);
        assertEquals(Math.toRadians(25.6), met.sigmaThetaRad(), 1e-12);
        assertEquals(4.44, met.windSpeedMps(), 0.0);
        assertTrue(met.sigmaVMps().isEmpty());
        assertTrue(data.meteorology().get(17).mixingHeightM().isEmpty(), "stable run 17 has no mixing height");
        assertEquals(1.5, data.arcs().stream().filter(a -> a.run() == 65).findFirst().orElseThrow().sourceHeightM());
    }

    @Test
    void arcMaximumSkipsMissingSamplersAndConvertsToSi() throws Exception {
        List<ArcObservation> arcs = PrairieGrassData.parseArcs(new StringReader(BLOCK + "\n" + BLOCK), "t.txt");
        assertEquals(2, arcs.size());
        ArcObservation arc = arcs.get(0);
        assertEquals(7, arc.run());
        assertEquals(50.0, arc.arcDistanceM(), 0.0);
        assertEquals(0.0899, arc.emissionRateKgPerS(), 1e-15);
        assertEquals(97.8e-6, arc.arcMaximumKgPerM3(), 1e-18);
    }

    @Test
    void arcWhoseSamplersAreAllMissingHasNoMaximum() throws Exception {
        String allMissing = BLOCK.replace("0.015", "-9.000").replace("97.800", "-9.000");
        assertTrue(PrairieGrassData.parseArcs(new StringReader(allMissing), "t.txt").isEmpty());
    }

    @Test
    void malformedArcFileIsReportedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PrairieGrassData.parseArcs(new StringReader(BLOCK.replace("89.90000", "8x.9")), "PGARCS.txt"));
        assertTrue(e.getMessage().startsWith("PGARCS.txt:2: expected a number for release rate"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PrairieGrassData.parseArcs(new StringReader(BLOCK.replace("97.800", "97.8 1")), "PGARCS.txt"));
        assertTrue(e.getMessage().startsWith("PGARCS.txt:5: expected a sampler line"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PrairieGrassData.parseArcs(new StringReader(BLOCK.replace("-9.000", "-2.000")), "PGARCS.txt"));
        assertTrue(e.getMessage().startsWith("PGARCS.txt:4: expected a concentration"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PrairieGrassData.parseArcs(new StringReader(BLOCK.lines().limit(4)
                        .reduce("", (a, b) -> a + b + "\n")), "PGARCS.txt"));
        assertTrue(e.getMessage().contains("ends inside"), e.getMessage());
    }

    @Test
    void meteorologyIsReadWithGapsAsEmptyValues() throws Exception {
        Map<Integer, RunMeteorology> met = PrairieGrassData.parseMeteorology(new StringReader(
                "17\t 48.0\t0.21\t-999\t184\t0.0000\t0.4000\t0.0000\t5.60\t3.41\n"), "m.txt");
        RunMeteorology run = met.get(17);
        assertEquals(48.0, run.obukhovLengthM(), 0.0);
        assertTrue(run.mixingHeightM().isEmpty());
        assertEquals(0.4, run.sigmaVMps().getAsDouble(), 0.0);
        assertTrue(run.sigmaUMps().isEmpty());
        assertEquals(3.41, run.windSpeedMps(), 0.0);
    }

    @Test
    void malformedMeteorologyIsReportedWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PrairieGrassData.parseMeteorology(new StringReader(
                        "5\t-28.0\t0.39\t782\t176\t0\t0\t0\t9.50\t5.93\n6\t-84.0\t0.44\t876\n"), "modelParamList.txt"));
        assertTrue(e.getMessage().startsWith("modelParamList.txt:2: expected 10 tab-separated fields"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PrairieGrassData.parseMeteorology(new StringReader(
                        "5\t-28.0\t0.39\t782\t176\t0\t0\t0\tnine\t5.93\n"), "modelParamList.txt"));
        assertTrue(e.getMessage().startsWith("modelParamList.txt:1: expected a number for field 9"), e.getMessage());
    }

    @Test
    void missingFolderIsReportedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PrairieGrassData.read(Path.of("/nonexistent/prairie-grass")));
        assertTrue(e.getMessage().contains("Prairie Grass data folder not found: /nonexistent/prairie-grass"),
                e.getMessage());
    }
}
