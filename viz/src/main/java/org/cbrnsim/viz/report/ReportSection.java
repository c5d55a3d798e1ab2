package org.cbrnsim.viz.report;

/** The sections of the debrief report, in order: the anchor id (HTML id, PDF destination) and the heading. */
public enum ReportSection {
    SUMMARY("summary", "Summary"),
    KEY_FIGURES("key-figures", "Key figures"),
    OBJECTIVES("objectives", "Objectives"),
    CHARTS("charts", "Charts"),
    /** Only in the report of a run with responders. */
    RESPONSE("response", "Response"),
    TIMELINE("timeline", "Timeline of key events"),
    NOTES("notes", "Notes: model limitations and sources");

    private final String id;
    private final String heading;

    ReportSection(String id, String heading) {
        this.id = id;
        this.heading = heading;
    }

    /** The anchor: the HTML section's id and the PDF's named destination. */
    public String id() {
        return id;
    }

    /** The heading shown above the section and in the table of contents. */
    public String heading() {
        return heading;
    }
}
