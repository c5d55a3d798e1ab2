package org.cbrnsim.viz.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.cbrnsim.viz.RenderedChart;

/**
 * What the debrief report says, independent of its format: {@link HtmlReport} and {@link PdfReport} lay out
 * the same content, section by section in the order of {@link ReportSection}. Texts are plain (not escaped);
 * numbers are already formatted. Build one from a run folder with {@link ReportContents#from}.
 *
 * @param title              the scenario's name
 * @param facts              the run in brief: scenario id, run id, seed, engine version, start clock, duration
 * @param exercise           the exercise's name and type, e.g. "Dniester Chlorine 2026 (tabletop exercise)"
 * @param summary            a short paragraph on what happened
 * @param keyFigures         the run's key figures
 * @param objectives         objectives with targets and how they came out (may be empty)
 * @param objectivesNote     said when {@code objectives} is empty, "" otherwise
 * @param exerciseObjectives the exercise objectives as written in the scenario (may be empty)
 * @param charts             the charts of the Charts section, in order
 * @param responseText       the paragraph opening the Response section ("" for a run without responders)
 * @param responseCharts     the charts of the Response section, in order (empty for a run without responders)
 * @param timeline           the key events, in time order
 * @param timelineNote       what the timeline leaves out ("" when nothing)
 * @param limitations        what the model does not do, one statement each
 * @param sources            the scenario's sources
 * @param runStart           T0 with its UTC offset (the PDF's creation date, so that reruns give the same bytes)
 */
public record ReportContent(String title, List<Fact> facts, String exercise, String summary,
                            List<KeyFigure> keyFigures, List<ObjectiveRow> objectives, String objectivesNote,
                            List<String> exerciseObjectives, List<RenderedChart> charts, String responseText,
                            List<RenderedChart> responseCharts, List<TimelineRow> timeline,
                            String timelineNote, List<String> limitations, List<String> sources,
                            OffsetDateTime runStart) {

    public ReportContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(objectivesNote, "objectivesNote");
        Objects.requireNonNull(responseText, "responseText");
        Objects.requireNonNull(timelineNote, "timelineNote");
        Objects.requireNonNull(runStart, "runStart");
        facts = List.copyOf(facts);
        keyFigures = List.copyOf(keyFigures);
        objectives = List.copyOf(objectives);
        exerciseObjectives = List.copyOf(exerciseObjectives);
        charts = List.copyOf(charts);
        responseCharts = List.copyOf(responseCharts);
        timeline = List.copyOf(timeline);
        limitations = List.copyOf(limitations);
        sources = List.copyOf(sources);
    }

    /** The sections this report has, in order: all but the Response section when it has nothing to say. */
    public List<ReportSection> sections() {
        boolean response = !responseText.isEmpty() || !responseCharts.isEmpty();
        return java.util.Arrays.stream(ReportSection.values())
                .filter(section -> section != ReportSection.RESPONSE || response).toList();
    }

    /** One labelled fact of the subtitle, e.g. "Seed" = "1". */
    public record Fact(String label, String value) {

        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A row of the key-figures table: e.g. "Dead", "850", "people". */
    public record KeyFigure(String figure, String value, String unit) {

        public KeyFigure {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A row of the objectives table: the objective, its target, the value achieved and whether it was met. */
    public record ObjectiveRow(String objective, String target, String achieved, boolean met) {

        public ObjectiveRow {
            Objects.requireNonNull(objective, "objective");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(achieved, "achieved");
        }

        /** "met" or "not met": the outcome in words, so that it never depends on a colour or a symbol alone. */
        public String outcome() {
            return met ? "met" : "not met";
        }
    }

    /**
     * A row of the timeline: time after T0 ("T+01:50"), local clock ("04:30"), country code, event and
     * its subject and detail.
     */
    public record TimelineRow(String elapsed, String localClock, String country, String event, String detail) {

        public TimelineRow {
            Objects.requireNonNull(elapsed, "elapsed");
            Objects.requireNonNull(localClock, "localClock");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
