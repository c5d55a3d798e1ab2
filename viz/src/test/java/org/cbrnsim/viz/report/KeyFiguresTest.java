package org.cbrnsim.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.viz.report.ReportContent.KeyFigure;
import org.junit.jupiter.api.Test;

class KeyFiguresTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-14T02:40:00+02:00");

    private static List<KeyFigure> figures(Map<String, Double> kpis) {
        RunSummary summary = new RunSummary("s", "seed-1", 1, "test", T0, 3600, 60, 0, kpis, List.of());
        return KeyFigures.of(summary, new ReportClock(T0));
    }

    @Test
    void knownFiguresComeInTheirOrderWithWordsAndUnits() {
        Map<String, Double> kpis = new LinkedHashMap<>();
        kpis.put("dead", 850.0);
        kpis.put("first_warning_s", 1200.0);
        kpis.put("released_kg", 80900.0);
        assertEquals(List.of(new KeyFigure("Released into the air", "80,900", "kg"),
                new KeyFigure("First public warning", "T+00:20 (03:00)", "after T0 (local clock)"),
                new KeyFigure("Dead (at the end)", "850", "people")), figures(kpis));
    }

    @Test
    void noWarningIsSaidAsNone() {
        assertEquals(List.of(new KeyFigure("First public warning", "none", "")),
                figures(Map.of("first_warning_s", Double.NaN)));
    }

    @Test
    void unknownFiguresFollowByNameWithTheUnitOfTheirSuffix() {
        Map<String, Double> kpis = new LinkedHashMap<>();
        kpis.put("dead", 3.0);
        kpis.put("decon_queue_max_s", 754.5);
        kpis.put("water_kg", 12.0);
        kpis.put("units_sent", 4.0);
        assertEquals(List.of(new KeyFigure("Dead (at the end)", "3", "people"),
                new KeyFigure("Decon queue max", "754.5", "s"),
                new KeyFigure("Units sent", "4", ""),
                new KeyFigure("Water", "12", "kg")), figures(kpis));
    }
}
