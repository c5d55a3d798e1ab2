package org.cbrnsim.viz.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.GregorianCalendar;
import java.util.List;
import org.cbrnsim.viz.RenderedChart;
import org.cbrnsim.viz.report.ReportContent.Fact;
import org.cbrnsim.viz.report.ReportContent.KeyFigure;
import org.cbrnsim.viz.report.ReportContent.ObjectiveRow;
import org.cbrnsim.viz.report.ReportContent.TimelineRow;

/**
 * The debrief as a PDF (OpenPDF), with the same sections as {@link HtmlReport}: A4 landscape, which gives
 * the charts (wider than tall) the most room; a header on the first page with the title, the exercise,
 * the run's facts and a linked table of contents; tables with repeated header rows; each chart on its own
 * page, scaled to the page keeping its aspect ratio; "Page n of N" in the footer and a bookmark per heading
 * (the viewer opens with the bookmarks shown).
 *
 * <p>Reruns give the same bytes: the creation and modification dates are the run's T0 (not the wall
 * clock), the file identifier is an MD5 digest of the report's title and facts, and the font subset's
 * name prefix comes from a random stream seeded with that digest.
 */
public final class PdfReport {

    /** A4 landscape as a landscape media box (not a portrait page turned by /Rotate). */
    private static final Rectangle A4_LANDSCAPE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float MARGIN_PT = 40;
    private static final float BOTTOM_MARGIN_PT = 50;
    private static final float TITLE_PT = 24;
    private static final float HEADING_PT = 18;
    private static final float SUBHEADING_PT = 14;
    private static final float TEXT_PT = 12;
    private static final float SMALL_PT = 10;
    private static final float CAPTION_ROOM_PT = 70;
    private static final float HEADING_ROOM_PT = 140;
    private static final float SUBHEADING_ROOM_PT = 90;
    private static final Color HEADER_GREY = new Color(0xE4, 0xE4, 0xE4);
    private static final Color ROW_GREY = new Color(0xF4, 0xF4, 0xF4);

    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;

    private PdfReport(Document document, PdfWriter writer, PdfFonts fonts) {
        this.document = document;
        this.writer = writer;
        this.fonts = fonts;
    }

    /** Writes {@code content} as a PDF to {@code out} (not closed). */
    public static void write(ReportContent content, OutputStream out) throws IOException {
        byte[] id = identifier(content);
        PdfFonts fonts = new PdfFonts(id);
        Document document = new Document(A4_LANDSCAPE, MARGIN_PT, MARGIN_PT, MARGIN_PT, BOTTOM_MARGIN_PT);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.setPageEvent(new PdfPageDecorations(fonts, content.title() + " — debrief"));
            document.addTitle(content.title() + " — debrief");
            document.addSubject(content.exercise());
            document.addCreator("cbrnsim");
            document.open();
            PdfDate runStart = new PdfDate(GregorianCalendar.from(content.runStart().toZonedDateTime()));
            writer.getInfo().put(PdfName.CREATIONDATE, runStart);
            writer.getInfo().put(PdfName.MODDATE, runStart);
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            new PdfReport(document, writer, fonts).body(content);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the PDF report: " + e.getMessage(), e);
        }
    }

    private void body(ReportContent content) throws DocumentException, IOException {
        header(content);
        for (ReportSection section : content.sections()) {
            switch (section) {
                case SUMMARY -> {
                    heading(section);
                    document.add(paragraph(content.summary(), TEXT_PT));
                }
                case KEY_FIGURES -> keyFigures(section, content.keyFigures());
                case OBJECTIVES -> {
                    heading(section);
                    objectives(content);
                }
                case CHARTS -> charts(section, "", content.charts(), "No charts were drawn for this run.");
                case RESPONSE -> charts(section, content.responseText(), content.responseCharts(),
                        "No response charts were drawn for this run.");
                case TIMELINE -> {
                    document.newPage();
                    heading(section);
                    timeline(content);
                }
                case NOTES -> {
                    heading(section);
                    notes(content);
                }
            }
        }
    }

    private void header(ReportContent content) throws DocumentException {
        Paragraph title = new Paragraph(fonts.phrase(content.title(), TITLE_PT, Font.BOLD));
        title.setLeading(TITLE_PT * 1.2f);
        document.add(title);
        Paragraph exercise = new Paragraph(fonts.phrase(content.exercise() + " — debrief", SUBHEADING_PT, Font.NORMAL));
        exercise.setSpacingBefore(4);
        exercise.setSpacingAfter(12);
        document.add(exercise);
        if (!content.facts().isEmpty()) {
            PdfPTable facts = new PdfPTable(content.facts().size());
            facts.setWidthPercentage(100);
            facts.setWidths(factWidths(content.facts()));
            for (Fact fact : content.facts()) {
                facts.addCell(cell(fact.label(), SMALL_PT, Font.BOLD, HEADER_GREY));
            }
            for (Fact fact : content.facts()) {
                facts.addCell(cell(fact.value(), TEXT_PT, Font.NORMAL, null));
            }
            document.add(facts);
        }
        Paragraph contents = new Paragraph(new Chunk("Contents:  ", fonts.font(TEXT_PT, Font.BOLD)));
        contents.setSpacingBefore(10);
        contents.setLeading(TEXT_PT * 1.5f);
        int number = 1;
        List<ReportSection> sections = content.sections();
        for (ReportSection section : sections) {
            Chunk link = new Chunk(number++ + " " + section.heading(), fonts.font(TEXT_PT, Font.UNDERLINE));
            link.setLocalGoto(section.id());
            contents.add(link);
            contents.add(new Chunk(number <= sections.size() ? "     " : "", fonts.font(TEXT_PT, 0)));
        }
        document.add(contents);
    }

    /** Column widths in proportion to the longer of label and value, so that no fact needs to wrap. */
    private static float[] factWidths(List<Fact> facts) {
        float[] widths = new float[facts.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(facts.get(i).label().length(), facts.get(i).value().length()) + 4;
        }
        return widths;
    }

    private void heading(ReportSection section) throws DocumentException {
        startPageUnlessRoom(HEADING_ROOM_PT);
        Chunk text = new Chunk(section.heading(), fonts.font(HEADING_PT, Font.BOLD));
        text.setLocalDestination(section.id());
        text.setGenericTag(section.heading());
        Paragraph heading = new Paragraph(text);
        heading.setSpacingBefore(16);
        heading.setSpacingAfter(8);
        heading.setKeepTogether(true);
        document.add(heading);
    }

    /** The key figures stay on one page with their heading, to be shown as one slide. */
    private void keyFigures(ReportSection section, List<KeyFigure> figures) throws DocumentException {
        PdfPTable table = table(new float[] {4, 2.4f, 2.6f}, 80, "Figure", "Value", "Unit");
        int row = 0;
        for (KeyFigure figure : figures) {
            Color shade = shade(row++);
            table.addCell(cell(figure.figure(), TEXT_PT, Font.NORMAL, shade));
            PdfPCell value = cell(figure.value(), TEXT_PT, Font.BOLD, shade);
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(value);
            table.addCell(cell(figure.unit(), TEXT_PT, Font.NORMAL, shade));
        }
        table.setTotalWidth((document.right() - document.left()) * 0.8f);
        table.setLockedWidth(true);
        startPageUnlessRoom(HEADING_ROOM_PT + table.getTotalHeight());
        heading(section);
        document.add(table);
    }

    private void objectives(ReportContent content) throws DocumentException {
        if (content.objectives().isEmpty()) {
            document.add(paragraph(content.objectivesNote(), TEXT_PT));
        } else {
            PdfPTable table = table(new float[] {6, 2.5f, 1.6f, 1.6f}, 100, "Objective", "Target", "Achieved", "Outcome");
            int row = 0;
            for (ObjectiveRow objective : content.objectives()) {
                Color shade = shade(row++);
                table.addCell(cell(objective.objective(), TEXT_PT, Font.NORMAL, shade));
                table.addCell(cell(objective.target(), TEXT_PT, Font.NORMAL, shade));
                table.addCell(cell(objective.achieved(), TEXT_PT, Font.NORMAL, shade));
                table.addCell(cell((objective.met() ? "✔ " : "✘ ") + objective.outcome(), TEXT_PT, Font.BOLD, shade));
            }
            document.add(table);
        }
        if (!content.exerciseObjectives().isEmpty()) {
            subheading("The exercise's objectives");
            document.add(list(content.exerciseObjectives(), true, TEXT_PT));
        }
    }

    /**
     * Each chart on a page of its own, the first under the section's heading and its opening paragraph ("" for none),
     * or {@code noneNote} when there are no charts.
     */
    private void charts(ReportSection section, String opening, List<RenderedChart> charts, String noneNote)
            throws DocumentException, IOException {
        if (charts.isEmpty()) {
            heading(section);
            if (!opening.isEmpty()) {
                document.add(paragraph(opening, TEXT_PT));
            }
            document.add(paragraph(noneNote, TEXT_PT));
            return;
        }
        document.newPage();
        heading(section);
        if (!opening.isEmpty()) {
            document.add(paragraph(opening, TEXT_PT));
        }
        boolean first = true;
        for (RenderedChart chart : charts) {
            if (!first) {
                document.newPage();
            }
            first = false;
            subheading(chart.title());
            Image image = Image.getInstance(chart.png());
            float roomPt = writer.getVerticalPosition(true) - document.bottom() - CAPTION_ROOM_PT;
            image.scaleToFit(document.right() - document.left(), roomPt);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setAlt(chart.title() + ". " + chart.caption());
            document.add(image);
            Paragraph caption = paragraph(chart.caption(), TEXT_PT);
            caption.setSpacingBefore(6);
            document.add(caption);
        }
    }

    private void timeline(ReportContent content) throws DocumentException {
        if (content.timeline().isEmpty()) {
            document.add(paragraph("No key events were recorded.", TEXT_PT));
        } else {
            PdfPTable table = table(new float[] {1.2f, 1.6f, 1.1f, 3.2f, 7}, 100,
                    "After T0", "Local clock", "Country", "Event", "Subject and detail");
            int row = 0;
            for (TimelineRow event : content.timeline()) {
                Color shade = shade(row++);
                table.addCell(cell(event.elapsed(), SMALL_PT + 1, Font.NORMAL, shade));
                table.addCell(cell(event.localClock(), SMALL_PT + 1, Font.NORMAL, shade));
                table.addCell(cell(event.country(), SMALL_PT + 1, Font.NORMAL, shade));
                table.addCell(cell(event.event(), SMALL_PT + 1, Font.NORMAL, shade));
                table.addCell(cell(event.detail(), SMALL_PT + 1, Font.NORMAL, shade));
            }
            document.add(table);
        }
        if (!content.timelineNote().isEmpty()) {
            document.add(paragraph(content.timelineNote(), SMALL_PT));
        }
    }

    private void notes(ReportContent content) throws DocumentException {
        subheading("Model limitations");
        document.add(list(content.limitations(), false, SMALL_PT + 1));
        subheading("Sources of the scenario");
        document.add(content.sources().isEmpty()
                ? paragraph("The scenario names no sources.", TEXT_PT)
                : list(content.sources(), true, SMALL_PT));
        Paragraph footer = paragraph(HtmlReport.FOOTER, SMALL_PT);
        footer.setSpacingBefore(14);
        document.add(footer);
    }

    private void subheading(String text) throws DocumentException {
        startPageUnlessRoom(SUBHEADING_ROOM_PT);
        Paragraph heading = new Paragraph(fonts.phrase(text, SUBHEADING_PT, Font.BOLD));
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    /** Keeps a heading with what follows it: a new page when less than {@code roomPt} is left on this one. */
    private void startPageUnlessRoom(float roomPt) {
        if (writer.getVerticalPosition(true) - document.bottom() < roomPt) {
            document.newPage();
        }
    }

    private Paragraph paragraph(String text, float sizePt) {
        Paragraph paragraph = new Paragraph(fonts.phrase(text, sizePt, Font.NORMAL));
        paragraph.setLeading(sizePt * 1.35f);
        return paragraph;
    }

    private com.lowagie.text.List list(List<String> items, boolean numbered, float sizePt) {
        com.lowagie.text.List list = list(numbered, sizePt);
        for (String text : items) {
            list.add(item(fonts.phrase(text, sizePt, Font.NORMAL), sizePt));
        }
        return list;
    }

    /** An empty list whose numbers or bullets are in the text font at {@code sizePt}, not underlined or bold. */
    private com.lowagie.text.List list(boolean numbered, float sizePt) {
        com.lowagie.text.List list = new com.lowagie.text.List(numbered, sizePt * 2);
        list.setListSymbol(new Chunk(numbered ? "" : "•", fonts.font(sizePt, Font.NORMAL)));
        return list;
    }

    private static ListItem item(Phrase text, float sizePt) {
        ListItem item = new ListItem(text);
        item.setLeading(sizePt * 1.35f);
        item.setSpacingAfter(2);
        return item;
    }

    private PdfPTable table(float[] widths, float widthPercent, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(widthPercent);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String heading : headings) {
            PdfPCell cell = cell(heading, TEXT_PT, Font.BOLD, HEADER_GREY);
            cell.setBorderWidthBottom(2);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        return table;
    }

    private PdfPCell cell(String text, float sizePt, int style, Color background) {
        PdfPCell cell = new PdfPCell(fonts.phrase(text, sizePt, style));
        cell.setPadding(4);
        cell.setPaddingTop(2);
        cell.setBorderColor(Color.DARK_GRAY);
        cell.setBorderWidth(0.6f);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static Color shade(int row) {
        return row % 2 == 1 ? ROW_GREY : null;
    }

    /** MD5 of the title and facts: the same run gives the same file identifier and font-subset prefix. */
    private static byte[] identifier(ReportContent content) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(content.title().getBytes(StandardCharsets.UTF_8));
            for (Fact fact : content.facts()) {
                md5.update(("\0" + fact.label() + "\0" + fact.value()).getBytes(StandardCharsets.UTF_8));
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5 digest", e);
        }
    }
}
