package org.cbrnsim.viz.report;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The fonts of one PDF report: Liberation Sans (the TrueType font OpenPDF bundles as its fallback: Latin,
 * Greek and Cyrillic), embedded as a subset so that place names in any of these scripts print; bold is
 * OpenPDF's simulated bold. Characters it lacks (✔ ✘ and other dingbats) fall back to the standard
 * ZapfDingbats font; text in a script neither has (Arabic, Hebrew, CJK …) is shown as "…" — the HTML report
 * shows it. The subset's name prefix is drawn from a random stream seeded by the caller, so the same report
 * gives the same bytes.
 */
final class PdfFonts {

    /** Where OpenPDF 2.0 keeps its bundled fallback font. */
    private static final String LIBERATION_SANS = "/font-fallback/LiberationSans-Regular.ttf";

    /** Stands for a character no font can show, before runs of them are collapsed. */
    private static final char MISSING = '\uFFFF';

    private final BaseFont text;
    private final BaseFont dingbats;

    /** @param seed seeds the subset-name prefix (any bytes; the same bytes give the same prefix) */
    PdfFonts(byte[] seed) throws IOException {
        byte[] ttf;
        try (InputStream in = BaseFont.class.getResourceAsStream(LIBERATION_SANS)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's bundled font " + LIBERATION_SANS + " is not on the class"
                        + " path; the PDF report needs OpenPDF 2.0.x");
            }
            ttf = in.readAllBytes();
        }
        text = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf,
                null);
        text.setSecureRandom(seededRandom(seed));
        dingbats = new Font(Font.ZAPFDINGBATS).getCalculatedBaseFont(true);
    }

    /** The text font. */
    BaseFont base() {
        return text;
    }

    /** The text font at {@code sizePt} in {@code style} ({@link Font#NORMAL}, {@link Font#BOLD}, …). */
    Font font(float sizePt, int style) {
        return new Font(text, sizePt, style);
    }

    /** {@code content} in the text font, with any character it lacks taken from ZapfDingbats. */
    Phrase phrase(String content, float sizePt, int style) {
        FontSelector selector = new FontSelector();
        selector.addFont(font(sizePt, style));
        selector.addFont(new Font(dingbats, sizePt, Font.NORMAL));
        return selector.process(printable(content));
    }

    /** {@code content} with each run of characters that no font can show (and the spaces inside it) as "…". */
    String printable(String content) {
        StringBuilder marked = new StringBuilder(content.length());
        content.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || text.charExists(c) || dingbats.charExists(c)) {
                marked.appendCodePoint(c);
            } else {
                marked.append(MISSING);
            }
        });
        return marked.toString().replaceAll(MISSING + "(?:[\\s" + MISSING + "]*" + MISSING + ")?", "…");
    }

    /** SHA1PRNG seeded before first use gives the same numbers for the same seed (SUN provider). */
    private static SecureRandom seededRandom(byte[] seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA1PRNG random generator", e);
        }
    }
}
