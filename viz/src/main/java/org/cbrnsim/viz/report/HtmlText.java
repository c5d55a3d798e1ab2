package org.cbrnsim.viz.report;

/** Escapes text for HTML element content and quoted attribute values (OWASP's five characters). */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} replaced by character references; null is not allowed. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
