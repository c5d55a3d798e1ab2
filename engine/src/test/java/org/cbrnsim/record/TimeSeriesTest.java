package org.cbrnsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    @Test
    void rowsGrowBeyondTheInitialCapacityAndKeepTheirValues() {
        TimeSeries series = new TimeSeries(List.of("a", "b"));
        for (int i = 0; i < 1000; i++) {
            series.append(60.0 * i, new double[] {i, -i});
        }
        assertEquals(1000, series.rowCount());
        assertEquals(999 * 60.0, series.timeS(999));
        assertEquals(-500, series.value(500, 1));
        assertEquals(List.of("a", "b"), series.metricNames());
    }

    @Test
    void columnsAreUniqueAndRowsMatchThemAndMoveForward() {
        assertThrows(IllegalArgumentException.class, () -> new TimeSeries(List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> new TimeSeries(List.of("t_s")));
        TimeSeries series = new TimeSeries(List.of("a"));
        assertThrows(IllegalArgumentException.class, () -> series.append(0, new double[] {1, 2}));
        series.append(60, new double[] {1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> series.append(60, new double[] {1}));
        assertEquals("row times must increase: last 60.0 s, got 60.0 s", e.getMessage());
    }

    @Test
    void theCsvHasTheTimeThenTheMetricsInCreationOrder() throws IOException {
        TimeSeries series = new TimeSeries(List.of("warned", "dead", "released_kg"));
        series.append(0, new double[] {0, 0, 0});
        series.append(60, new double[] {12, Double.NaN, 1234.5});
        StringWriter out = new StringWriter();
        new TimeSeriesCsvWriter().write(series, out);
        assertEquals("t_s,warned,dead,released_kg\n0,0,0,0\n60,12,NaN,1234.5\n", out.toString());
    }
}
