package org.cbrnsim.viz.chart;

import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.viz.run.UnitRoster;
import org.cbrnsim.viz.run.RunRecord;
import org.cbrnsim.viz.run.UnitTaskBars;
import org.cbrnsim.viz.run.UnitTaskBars.Bar;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Gantt chart of the units' tasks (events.csv, unit_task): one row per unit, in the scenario's order, a bar per
 * task coloured by task, from the task's event to the unit's next one; time available at the station is left blank.
 * With many units, {@value #MAX_ROWS} are drawn, the busiest of each unit type in turn, so that every type keeps a row,
 * and the caption says how many were left out.
 */
public final class UnitTasksChart implements DebriefChart {

    /** At most this many units (rows) are drawn, so that each row stays readable. */
    static final int MAX_ROWS = 30;
    private static final double BAR_HALF = 0.36;

    @Override
    public String id() {
        return "unit-tasks";
    }

    @Override
    public String title() {
        return "What each unit did";
    }

    @Override
    public int heightPx() {
        return 900;
    }

    @Override
    public String caption(RunRecord run) {
        Map<String, List<Bar>> bars = UnitTaskBars.of(run);
        String left = bars.size() > MAX_ROWS ? " " + MAX_ROWS + " of the " + bars.size() + " units are drawn, taking the"
                + " busiest of each unit type in turn; the other " + (bars.size() - MAX_ROWS) + " are in events.csv." : "";
        return "The tasks of each responder unit over time (events.csv, unit_task): a task lasts from its event until the"
                + " unit's next task begins, or until the run ends; blank is time available at the station." + left;
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        if (run.scenario().response().isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Bar>> all = UnitTaskBars.of(run);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<String> units = shownUnits(all, UnitRoster.of(run.scenario()));
        Map<UnitTask, XYIntervalSeries> byTask = new EnumMap<>(UnitTask.class);
        for (int row = 0; row < units.size(); row++) {
            for (Bar bar : all.get(units.get(row))) {
                if (bar.task() != UnitTask.AVAILABLE && bar.durationS() > 0) {
                    byTask.computeIfAbsent(bar.task(), t -> new XYIntervalSeries(t.label(), false, true))
                            .add(bar.startS(), bar.startS(), bar.endS(), row, row - BAR_HALF, row + BAR_HALF);
                }
            }
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setLegendBar(DebriefStyle.LEGEND_SQUARE);
        for (Map.Entry<UnitTask, XYIntervalSeries> task : byTask.entrySet()) {
            renderer.setSeriesPaint(dataset.getSeriesCount(), ResponsePalette.of(task.getKey()));
            dataset.addSeries(task.getValue());
        }
        XYPlot plot = RowPlot.create(dataset, ElapsedTimeAxis.create(run.summary().start(), run.endS()), units, renderer,
                DebriefStyle.TICK_LABEL);
        String subtitle = run.scenario().name() + (all.size() > MAX_ROWS
                ? ": " + MAX_ROWS + " of " + all.size() + " units, the busiest of each type" : "");
        return Optional.of(DebriefStyle.chart(title(), subtitle, plot, true));
    }

    /**
     * The units drawn, in unit order: all, or {@value #MAX_ROWS} of them taken in turns from each unit type (units not
     * in the scenario form one more group), the one with the most time on tasks first.
     */
    static List<String> shownUnits(Map<String, List<Bar>> bars, UnitRoster roster) {
        List<String> units = new ArrayList<>(bars.keySet());
        if (units.size() <= MAX_ROWS) {
            return units;
        }
        Map<String, Deque<String>> byType = new LinkedHashMap<>();
        units.stream().sorted(Comparator.comparingDouble((String u) -> -busyS(bars.get(u))))
                .forEach(u -> byType.computeIfAbsent(roster.type(u).map(UnitType::name).orElse(""),
                        t -> new ArrayDeque<>()).add(u));
        Set<String> chosen = new HashSet<>();
        while (chosen.size() < MAX_ROWS) {
            for (Deque<String> group : byType.values()) {
                if (!group.isEmpty() && chosen.size() < MAX_ROWS) {
                    chosen.add(group.poll());
                }
            }
        }
        return units.stream().filter(chosen::contains).toList();
    }

    private static double busyS(List<Bar> bars) {
        return bars.stream().filter(b -> b.task() != UnitTask.AVAILABLE).mapToDouble(Bar::durationS).sum();
    }
}
