package org.cbrnsim.viz.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What the PDF report has on every page and beside it: a footer with the report's title on the left and
 * "Page n of N" on the right (N filled in when the document closes), and a bookmark for every heading
 * chunk tagged with {@link com.lowagie.text.Chunk#setGenericTag(String)}.
 */
final class PdfPageDecorations extends PdfPageEventHelper {

    private static final float FOOTER_PT = 9;
    private static final float FOOTER_BELOW_PT = 22;

    private final PdfFonts fonts;
    private final String footerText;
    private PdfTemplate pageCount;

    PdfPageDecorations(PdfFonts fonts, String footerText) {
        this.fonts = fonts;
        this.footerText = footerText;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        pageCount = writer.getDirectContent().createTemplate(40, FOOTER_PT + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - FOOTER_BELOW_PT;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(footerText, FOOTER_PT, 0), document.left(),
                y, 0);
        String page = "Page " + writer.getPageNumber() + " of ";
        float pageWidth = fonts.base().getWidthPoint(page, FOOTER_PT);
        float countWidth = fonts.base().getWidthPoint("000", FOOTER_PT);
        float x = document.right() - pageWidth - countWidth;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, fonts.font(FOOTER_PT, 0)), x, y, 0);
        canvas.addTemplate(pageCount, x + pageWidth, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        pageCount.beginText();
        pageCount.setFontAndSize(fonts.base(), FOOTER_PT);
        pageCount.setTextMatrix(0, 0);
        pageCount.showText(Integer.toString(writer.getPageNumber() - 1));
        pageCount.endText();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.XYZ, rect.getLeft(),
                rect.getTop() + 20, 0), text);
    }
}
