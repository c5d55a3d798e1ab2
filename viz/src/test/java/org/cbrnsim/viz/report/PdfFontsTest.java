package org.cbrnsim.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    private final PdfFonts fonts = new PdfFonts(new byte[] {1, 2, 3});

    PdfFontsTest() throws IOException {
    }

    @Test
    void latinGreekCyrillicAndDingbatsPrint() {
        String text = "Vălcineț, Ocnița — Могилів-Подільський, σ ≤ 20 min, 312°, ✔ met, ✘ not met";
        assertEquals(text, fonts.printable(text));
    }

    @Test
    void aScriptNoFontHasIsShownAsOneEllipsisPerRun() {
        assertEquals("New Aqaba Port, Dock Four / …", fonts.printable("New Aqaba Port, Dock Four / ميناء العقبة الجديد"));
        assertEquals("… and …", fonts.printable("東京 and 北京"));
    }
}
