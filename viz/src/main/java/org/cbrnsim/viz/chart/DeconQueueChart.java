package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * People waiting for decontamination over time (timeseries.csv decon_queue, decon_queue_&lt;unit&gt;): one line per
 * decontamination line and a thick black line for all of them. With many lines, the ones with the longest queues.
 */
public final class DeconQueueChart implements DebriefChart {

    static final String TOTAL = "decon_queue";
    /** At most this many lines of their own; the others are in the total. */
    static final int MAX_LINES = 8;
    private static final String PREFIX = TOTAL + "_";
    private static final List<Color> COLOURS = List.of(new Color(0x1B, 0x9E, 0x77), new Color(0xD9, 0x5F, 0x02),
            new Color(0x75, 0x70, 0xB3), new Color(0xE7, 0x29, 0x8A), new Color(0x66, 0xA6, 0x1E),
            new Color(0xA6, 0x76, 0x1D), new Color(0x1F, 0x78, 0xB4), new Color(0x66, 0x66, 0x66));
    private static final List<Stroke> STROKES = List.of(DebriefStyle.DASHED, DebriefStyle.DASH_DOT, DebriefStyle.DOTTED,
            DebriefStyle.SOLID);

    @Override
    public String id() {
        return "decon-queue";
    }

    @Override
    public String title() {
        return "Queue for decontamination";
    }

    @Override
    public String caption(RunRecord run) {
        List<String> lines = lineColumns(run);
        String peak = run.timeSeries().column(TOTAL).map(q -> Arrays.stream(q).max().orElse(0))
                .map(max -> " At most " + Math.round(max) + (Math.round(max) == 1 ? " person" : " people")
                        + " waited at once.").orElse("");
        String left = lines.size() > MAX_LINES ? " The " + MAX_LINES + " lines with the longest queues have a line"
                + " of their own; the other " + (lines.size() - MAX_LINES) + " are in the total and in timeseries.csv." : "";
        return "People waiting to be decontaminated at each time (timeseries.csv, decon_queue for all lines and"
                + " decon_queue_<unit> for the line of each unit), not counting those in the shower." + peak + left
                + PeopleOverTime.shortenedNote(run, lines(run));
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        if (run.scenario().response().isEmpty()) {
            return Optional.empty();
        }
        return PeopleOverTime.chart(run, title(), lines(run), false);
    }

    /** Grey of the total, drawn under the lines so that a line holding the whole queue shows on top of it. */
    private static final java.awt.Color TOTAL_GREY = new java.awt.Color(0xA0, 0xA0, 0xA0);

    /**
     * The lines with the longest queues, then the total (the people at every line and those waiting for the first
     * line to open), drawn underneath; one line alone is the total, not drawn twice.
     */
    private static List<MetricLine> lines(RunRecord run) {
        List<String> columns = lineColumns(run);
        List<MetricLine> lines = new ArrayList<>();
        if (columns.size() > 1) {
            List<String> longest = columns.stream()
                    .sorted(Comparator.comparingDouble((String c) -> -peak(run, c)))
                    .limit(MAX_LINES).toList();
            int i = 0;
            for (String column : columns) {
                if (longest.contains(column)) {
                    lines.add(new MetricLine(column, "line " + column.substring(PREFIX.length()),
                            COLOURS.get(i % COLOURS.size()), STROKES.get(i % STROKES.size())));
                    i++;
                }
            }
        }
        String totalLabel = columns.size() == 1 ? "line " + columns.get(0).substring(PREFIX.length())
                : "all, with those waiting for a line to open";
        lines.add(new MetricLine(TOTAL, totalLabel, columns.size() == 1 ? DebriefStyle.INK : TOTAL_GREY,
                DebriefStyle.line(columns.size() == 1 ? 4.5f : 7f)));
        return lines;
    }

    /** The per-line columns, in file order. */
    private static List<String> lineColumns(RunRecord run) {
        return run.timeSeries().names().stream().filter(name -> name.startsWith(PREFIX)).toList();
    }

    private static double peak(RunRecord run, String column) {
        return Arrays.stream(run.timeSeries().column(column).orElseThrow()).max().orElse(0);
    }
}
