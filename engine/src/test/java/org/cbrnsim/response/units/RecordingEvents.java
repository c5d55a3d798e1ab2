package org.cbrnsim.response.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.UnitType;

/** Keeps the response events as short lines, "what@time who …", in the order they came. */
public final class RecordingEvents implements ResponseEvents {

    private final List<String> lines = new ArrayList<>();

    /** All lines. */
    public List<String> lines() {
        return lines;
    }

    /** The lines that start with {@code prefix}. */
    public List<String> starting(String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).toList();
    }

    @Override
    public void firstCall(double tS, String country, String hazardId) {
        add("call@%s %s %s", tS, country, hazardId);
    }

    @Override
    public void unitDispatched(double tS, String unitId, UnitType type, String agencyId, String country,
                               String destinationId, double roadM) {
        add("dispatched@%s %s %s %s m", tS, unitId, destinationId, roadM);
    }

    @Override
    public void unitOnScene(double tS, String unitId, UnitType type, String country, String placeId, double responseS) {
        add("on-scene@%s %s %s after %s", tS, unitId, placeId, responseS);
    }

    @Override
    public void unitTask(double tS, String unitId, String country, UnitTask task, String placeId) {
        add("task@%s %s %s %s", tS, unitId, task.label(), placeId);
    }

    @Override
    public void hazardEstimated(double tS, String actorId, String country, String hazardId, int tier, double radiusM,
                                boolean fromReadings) {
        add("estimate@%s %s tier %s %s m %s", tS, actorId, tier, radiusM, fromReadings ? "readings" : "forecast");
    }

    @Override
    public void cordonSet(double tS, String actorId, String country, String hazardId, double hotRadiusM,
                          double warmRadiusM) {
        add("cordon@%s %s hot %s warm %s", tS, actorId, hotRadiusM, warmRadiusM);
    }

    @Override
    public void respondersInjured(double tS, String unitId, String country, int injured, String severity) {
        add("injured@%s %s %s %s", tS, unitId, injured, severity);
    }

    private void add(String format, Object... values) {
        Object[] shown = values.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Double d) {
                shown[i] = Math.abs(d - Math.rint(d)) < 1e-6 ? String.valueOf(Math.round(d)) : String.format(Locale.ROOT, "%.3f", d);
            }
        }
        lines.add(String.format(Locale.ROOT, format, shown));
    }
}
