package org.cbrnsim.viz.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.List;
import org.cbrnsim.viz.RenderedChart;
import org.cbrnsim.viz.report.ReportContent.Fact;
import org.cbrnsim.viz.report.ReportContent.KeyFigure;
import org.cbrnsim.viz.report.ReportContent.ObjectiveRow;
import org.cbrnsim.viz.report.ReportContent.TimelineRow;

/**
 * The debrief as one self-contained HTML5 file: CSS inline, charts embedded as {@code data:} URIs, no
 * scripts, fonts or other files, so that it opens offline in any browser. Semantic markup (header, nav,
 * one section per {@link ReportContent#sections() section of the content} with its id, tables with header cells,
 * figures with captions);
 * large, high-contrast type for a projector; nothing told by colour alone (objectives read "✔ met" or
 * "✘ not met"); when printed, each chart starts a new page.
 */
public final class HtmlReport {

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { font-family: "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
                   font-size: 20px; line-height: 1.5; color: #000; background: #fff;
                   max-width: 75rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
            h1 { font-size: 2.2rem; line-height: 1.2; margin: 0 0 .4rem; }
            h2 { font-size: 1.6rem; line-height: 1.25; margin: 2.5rem 0 1rem; padding-bottom: .2rem;
                 border-bottom: 3px solid #000; }
            h3 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
            .exercise { font-size: 1.25rem; margin: 0 0 1rem; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1.2rem; margin: 0; }
            dl.facts dt { font-weight: bold; }
            dl.facts dd { margin: 0; }
            nav ol { margin: 0; padding-left: 1.6rem; }
            a { color: #00379e; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
            th, td { border: 1px solid #555; padding: .35rem .6rem; text-align: left; vertical-align: top; }
            thead th { background: #e4e4e4; border-bottom: 3px solid #000; }
            tbody tr:nth-child(even) { background: #f4f4f4; }
            td.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.outcome { font-weight: bold; white-space: nowrap; }
            .note { font-style: italic; }
            figure.chart { margin: 2rem 0 2.5rem; }
            figure.chart h3 { margin-top: 0; }
            figure.chart img { display: block; width: auto; height: auto; max-width: 100%; max-height: 85vh;
                               border: 1px solid #777; }
            figcaption { margin-top: .5rem; }
            footer { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid #000; font-size: .85rem; }
            @page { size: A4; margin: 15mm; }
            @media print {
              body { font-size: 11pt; max-width: none; padding: 0; }
              a { color: #000; text-decoration: none; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              figure.chart { break-before: page; page-break-before: always; break-inside: avoid; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; page-break-inside: avoid; }
            }
            """;

    /** Where the report comes from, said at its end. */
    static final String FOOTER = "Built by cbrnsim from the run folder's files (summary.json, events.csv, "
            + "scenario.yaml) and the charts drawn from them.";

    private final Writer out;

    private HtmlReport(Writer out) {
        this.out = out;
    }

    /** Writes {@code content} as HTML to {@code out} (flushed, not closed). */
    public static void write(ReportContent content, Writer out) throws IOException {
        HtmlReport html = new HtmlReport(out);
        html.document(content);
        out.flush();
    }

    private void document(ReportContent content) throws IOException {
        line("<!DOCTYPE html>");
        line("<html lang=\"en\">");
        line("<head>");
        line("<meta charset=\"utf-8\">");
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        line("<meta name=\"generator\" content=\"cbrnsim\">");
        line("<title>" + esc(content.title()) + " — debrief</title>");
        line("<style>");
        out.write(STYLE);
        line("</style>");
        line("</head>");
        line("<body>");
        header(content);
        nav(content.sections());
        line("<main>");
        for (ReportSection section : content.sections()) {
            line("<section id=\"" + section.id() + "\">");
            line("<h2>" + esc(section.heading()) + "</h2>");
            switch (section) {
                case SUMMARY -> line("<p>" + esc(content.summary()) + "</p>");
                case KEY_FIGURES -> keyFigures(content.keyFigures());
                case OBJECTIVES -> objectives(content);
                case CHARTS -> charts(content.charts(), "No charts were drawn for this run.");
                case RESPONSE -> {
                    if (!content.responseText().isEmpty()) {
                        line("<p>" + esc(content.responseText()) + "</p>");
                    }
                    charts(content.responseCharts(), "No response charts were drawn for this run.");
                }
                case TIMELINE -> timeline(content);
                case NOTES -> notes(content);
            }
            line("</section>");
        }
        line("</main>");
        line("<footer><p>" + esc(FOOTER) + "</p></footer>");
        line("</body>");
        line("</html>");
    }

    private void header(ReportContent content) throws IOException {
        line("<header>");
        line("<h1>" + esc(content.title()) + "</h1>");
        line("<p class=\"exercise\">" + esc(content.exercise()) + " — debrief</p>");
        line("<dl class=\"facts\">");
        for (Fact fact : content.facts()) {
            line("<dt>" + esc(fact.label()) + "</dt><dd>" + esc(fact.value()) + "</dd>");
        }
        line("</dl>");
        line("</header>");
    }

    private void nav(List<ReportSection> sections) throws IOException {
        line("<nav aria-labelledby=\"contents\">");
        line("<h2 id=\"contents\">Contents</h2>");
        line("<ol>");
        for (ReportSection section : sections) {
            line("<li><a href=\"#" + section.id() + "\">" + esc(section.heading()) + "</a></li>");
        }
        line("</ol>");
        line("</nav>");
    }

    private void keyFigures(List<KeyFigure> figures) throws IOException {
        tableHead("Figure", "Value", "Unit");
        for (KeyFigure figure : figures) {
            line("<tr><th scope=\"row\">" + esc(figure.figure()) + "</th><td class=\"number\">" + esc(figure.value())
                    + "</td><td>" + esc(figure.unit()) + "</td></tr>");
        }
        tableEnd();
    }

    private void objectives(ReportContent content) throws IOException {
        if (content.objectives().isEmpty()) {
            line("<p class=\"note\">" + esc(content.objectivesNote()) + "</p>");
        } else {
            tableHead("Objective", "Target", "Achieved", "Outcome");
            for (ObjectiveRow row : content.objectives()) {
                String symbol = row.met() ? "✔" : "✘";
                line("<tr><td>" + esc(row.objective()) + "</td><td>" + esc(row.target()) + "</td><td class=\"number\">"
                        + esc(row.achieved()) + "</td><td class=\"outcome\"><span aria-hidden=\"true\">" + symbol
                        + "</span> " + esc(row.outcome()) + "</td></tr>");
            }
            tableEnd();
        }
        if (!content.exerciseObjectives().isEmpty()) {
            line("<h3>The exercise's objectives</h3>");
            list("ol", content.exerciseObjectives());
        }
    }

    private void charts(List<RenderedChart> charts, String noneNote) throws IOException {
        if (charts.isEmpty()) {
            line("<p class=\"note\">" + esc(noneNote) + "</p>");
        }
        for (RenderedChart chart : charts) {
            line("<figure class=\"chart\" id=\"chart-" + esc(chart.id()) + "\">");
            line("<h3>" + esc(chart.title()) + "</h3>");
            line("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png()) + "\" alt=\""
                    + esc(chart.title() + ". " + chart.caption()) + "\" width=\"" + chart.widthPx() + "\" height=\""
                    + chart.heightPx() + "\">");
            line("<figcaption>" + esc(chart.caption()) + "</figcaption>");
            line("</figure>");
        }
    }

    private void timeline(ReportContent content) throws IOException {
        if (content.timeline().isEmpty()) {
            line("<p class=\"note\">No key events were recorded.</p>");
        } else {
            tableHead("After T0", "Local clock", "Country", "Event", "Subject and detail");
            for (TimelineRow row : content.timeline()) {
                line("<tr><td class=\"time\">" + esc(row.elapsed()) + "</td><td class=\"time\">" + esc(row.localClock())
                        + "</td><td>" + esc(row.country()) + "</td><td>" + esc(row.event()) + "</td><td>"
                        + esc(row.detail()) + "</td></tr>");
            }
            tableEnd();
        }
        if (!content.timelineNote().isEmpty()) {
            line("<p class=\"note\">" + esc(content.timelineNote()) + "</p>");
        }
    }

    private void notes(ReportContent content) throws IOException {
        line("<h3>Model limitations</h3>");
        list("ul", content.limitations());
        line("<h3>Sources of the scenario</h3>");
        if (content.sources().isEmpty()) {
            line("<p class=\"note\">The scenario names no sources.</p>");
        } else {
            list("ol", content.sources());
        }
    }

    private void tableHead(String... headings) throws IOException {
        StringBuilder row = new StringBuilder("<table>\n<thead><tr>");
        for (String heading : headings) {
            row.append("<th scope=\"col\">").append(esc(heading)).append("</th>");
        }
        line(row.append("</tr></thead>\n<tbody>").toString());
    }

    private void tableEnd() throws IOException {
        line("</tbody>\n</table>");
    }

    private void list(String tag, List<String> items) throws IOException {
        line("<" + tag + ">");
        for (String item : items) {
            line("<li>" + esc(item) + "</li>");
        }
        line("</" + tag + ">");
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
