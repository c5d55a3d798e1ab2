package org.cbrnsim.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void theFiveMarkupCharactersAreReplaced() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
                HtmlText.escape("<a href=\"x\">Tom & Jerry's</a>"));
    }

    @Test
    void otherTextIsKept() {
        assertEquals("Могилів-Подільський ≤ 20 min, 312°", HtmlText.escape("Могилів-Подільський ≤ 20 min, 312°"));
        assertEquals("&amp;amp;", HtmlText.escape("&amp;"), "escaping twice shows the reference literally");
    }
}
