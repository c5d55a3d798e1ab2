package org.cbrnsim.record;

/**
 * The weather of the region changed.
 *
 * @param tS                time (s after T0)
 * @param speedMPerS        wind speed at 10 m (m/s), ≥ 0
 * @param fromDeg           direction the wind blows from (degrees clockwise from north), in [0, 360)
 * @param stability         Pasquill–Gifford stability class, "A" … "F"
 */
public record WindChanged(double tS, double speedMPerS, double fromDeg, String stability) implements SimEvent {

    public static final String TYPE = "wind_changed";

    public WindChanged {
        EventChecks.time(tS);
        EventChecks.amount("speedMPerS", speedMPerS);
        if (!(fromDeg >= 0 && fromDeg < 360)) {
            throw new IllegalArgumentException("wind direction must be in [0, 360) degrees, got " + fromDeg);
        }
        EventChecks.text("stability", stability);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String country() {
        return "";
    }

    @Override
    public String subject() {
        return "wind";
    }

    @Override
    public String detail() {
        return NumberText.format(speedMPerS) + " m/s from " + NumberText.format(fromDeg) + "°, stability "
                + stability;
    }
}
