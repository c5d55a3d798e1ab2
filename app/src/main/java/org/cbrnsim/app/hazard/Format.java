package org.cbrnsim.app.hazard;

import java.util.Locale;

/** Human formatting of quantities for the hazard tables: metres or kilometres, ppm, kg or t, minutes. */
final class Format {

    private Format() {
    }

    static String length(double metres) {
        if (metres >= 1000) {
            return String.format(Locale.ROOT, "%.2f km", metres / 1000);
        }
        if (metres >= 10 || metres == 0) {
            return String.format(Locale.ROOT, "%.0f m", metres);
        }
        return String.format(Locale.ROOT, "%.2g m", metres);
    }

    static String ppm(double ppm) {
        return String.format(Locale.ROOT, "%.3g ppm", ppm);
    }

    static String mass(double kg) {
        return kg >= 1000 ? String.format(Locale.ROOT, "%.3g t", kg / 1000) : String.format(Locale.ROOT, "%.3g kg", kg);
    }

    static String duration(double seconds) {
        return seconds >= 60 ? String.format(Locale.ROOT, "%.3g min", seconds / 60) : String.format(Locale.ROOT, "%.3g s", seconds);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "T+%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
