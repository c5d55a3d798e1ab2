package org.cbrnsim.viz.chart;

import java.util.List;

/** The debrief charts in report order. */
public final class ChartCatalogue {

    private ChartCatalogue() {
    }

    /** Every debrief chart, in the order the report shows them. */
    public static List<DebriefChart> all() {
        return List.of(new IncidentMapChart(), new CloudSeriesChart(), new ExposureChart(), new CasualtiesChart(),
                new ProtectiveActionChart(), new TimelineChart());
    }
}
