package org.cbrnsim.viz.chart;

import java.util.ArrayList;
import java.util.List;

/** The debrief charts in report order: the incident's, then the response's. */
public final class ChartCatalogue {

    private ChartCatalogue() {
    }

    /** Every debrief chart, in the order the report shows them. */
    public static List<DebriefChart> all() {
        List<DebriefChart> all = new ArrayList<>(List.of(new IncidentMapChart(), new CloudSeriesChart(),
                new ExposureChart(), new CasualtiesChart(), new ProtectiveActionChart(), new TimelineChart()));
        all.addAll(response());
        return List.copyOf(all);
    }

    /**
     * The charts of the responders and hospitals, the report's Response section; none of them is drawn for a run
     * without responders.
     */
    public static List<DebriefChart> response() {
        return List.of(new ResponseTimesChart(), new UnitsBusyChart(), new UnitTasksChart(), new DeconQueueChart(),
                new TriageChart(), new HospitalOccupancyChart());
    }

    /** True when the chart {@code chartId} is one of {@link #response()}. */
    public static boolean isResponse(String chartId) {
        return response().stream().anyMatch(chart -> chart.id().equals(chartId));
    }
}
