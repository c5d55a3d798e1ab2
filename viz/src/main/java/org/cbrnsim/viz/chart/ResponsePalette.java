package org.cbrnsim.viz.chart;

import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.UnitType;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

/**
 * The colours of the response charts. Triage categories in the colours of their tags (START and SALT,
 * exercise-and-response.md §4.3 [S116, S117]): immediate red, delayed yellow, minor green, expectant grey, deceased
 * black. Unit types and tasks in hues that differ in lightness too, so that neighbours stay apart in grey scale; the
 * travelling tasks in blues, the work on scene in other hues.
 */
final class ResponsePalette {

    private static final Map<TriageCategory, Color> TRIAGE = new EnumMap<>(Map.of(
            TriageCategory.IMMEDIATE, new Color(0xD7, 0x19, 0x1C),
            TriageCategory.DELAYED, new Color(0xF5, 0xC8, 0x1B),
            TriageCategory.MINOR, new Color(0x1A, 0x96, 0x41),
            TriageCategory.EXPECTANT, new Color(0x9E, 0x9E, 0x9E),
            TriageCategory.DECEASED, new Color(0x10, 0x10, 0x10)));

    private static final Map<UnitType, Color> UNIT_TYPE = new EnumMap<>(Map.of(
            UnitType.FIRE_ENGINE, new Color(0xB2, 0x18, 0x2B),
            UnitType.HAZMAT, new Color(0xF4, 0xA5, 0x82),
            UnitType.DECONTAMINATION, new Color(0x35, 0x97, 0x8F),
            UnitType.DETECTION, new Color(0xC2, 0xA5, 0xCF),
            UnitType.AMBULANCE, new Color(0x21, 0x66, 0xAC),
            UnitType.POLICE, new Color(0x92, 0xC5, 0xDE),
            UnitType.COMMAND, new Color(0x40, 0x40, 0x40),
            UnitType.MILITARY_CBRN, new Color(0x7F, 0xBC, 0x41)));

    private static final Map<UnitTask, Color> TASK = new EnumMap<>(Map.ofEntries(
            Map.entry(UnitTask.CALLED_OUT, new Color(0xBD, 0xBD, 0xBD)),
            Map.entry(UnitTask.EN_ROUTE, new Color(0x6B, 0xAE, 0xD6)),
            Map.entry(UnitTask.SIZE_UP, new Color(0xFD, 0xD0, 0xA2)),
            Map.entry(UnitTask.DETECTION, new Color(0x75, 0x6B, 0xB1)),
            Map.entry(UnitTask.CORDON, new Color(0x52, 0x52, 0x52)),
            Map.entry(UnitTask.RESCUE, new Color(0xCB, 0x18, 0x1D)),
            Map.entry(UnitTask.DECONTAMINATION, new Color(0x23, 0x8B, 0x45)),
            Map.entry(UnitTask.TRIAGE, new Color(0xFE, 0xB2, 0x4C)),
            Map.entry(UnitTask.TREATMENT, new Color(0xE7, 0x29, 0x8A)),
            Map.entry(UnitTask.TRANSPORT, new Color(0x08, 0x30, 0x6B)),
            Map.entry(UnitTask.RETURNING, new Color(0xC6, 0xDB, 0xEF)),
            Map.entry(UnitTask.AVAILABLE, Color.WHITE)));

    private ResponsePalette() {
    }

    /** The colour of a triage category's tag. */
    static Color of(TriageCategory category) {
        return TRIAGE.get(category);
    }

    /** The colour of a kind of unit. */
    static Color of(UnitType type) {
        return UNIT_TYPE.get(type);
    }

    /** The colour of a task's bar (white for available: no bar). */
    static Color of(UnitTask task) {
        return TASK.get(task);
    }
}
