package org.cbrnsim.viz.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a PDF sees, page by page: its pages as images and their text, read in Java by Apache PDFBox. */
final class PdfPages {

    /** The resolution the pages are rendered at: enough to see ink, small enough to be quick. */
    private static final float RENDER_DPI = 50;

    private PdfPages() {
    }

    /** The pages of {@code pdf} as RGB images at {@value #RENDER_DPI} dpi. */
    static List<BufferedImage> images(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                images.add(renderer.renderImageWithDPI(page, RENDER_DPI, ImageType.RGB));
            }
            return images;
        }
    }

    /** The text of each page of {@code pdf}, in reading order. */
    static List<String> texts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> texts = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            return texts;
        }
    }

    /** The text of all pages of {@code pdf}, with runs of white space made one space. */
    static String text(Path pdf) throws IOException {
        return String.join(" ", texts(pdf)).replaceAll("\\s+", " ");
    }

    /** The share of pixels that are not (nearly) white. */
    static double inkShare(BufferedImage page) {
        long ink = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int darkest = Math.min(Math.min((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF), rgb & 0xFF);
                if (darkest < 200) {
                    ink++;
                }
            }
        }
        return ink / (double) ((long) page.getWidth() * page.getHeight());
    }
}
