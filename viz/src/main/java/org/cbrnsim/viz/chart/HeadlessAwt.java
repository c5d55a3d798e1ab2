package org.cbrnsim.viz.chart;

/** Charts are drawn off-screen: asks AWT for headless mode unless the JVM was told otherwise. */
final class HeadlessAwt {

    private HeadlessAwt() {
    }

    /** Sets {@code java.awt.headless=true} when the property is not set (effective before AWT first starts). */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
