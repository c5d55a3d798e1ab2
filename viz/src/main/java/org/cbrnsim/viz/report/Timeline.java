package org.cbrnsim.viz.report;

import org.cbrnsim.viz.run.Milestones;
import org.cbrnsim.viz.run.RunEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.cbrnsim.record.BorderCrossedByCloud;
import org.cbrnsim.record.CordonSet;
import org.cbrnsim.record.DeconOpened;
import org.cbrnsim.record.FirstCall;
import org.cbrnsim.record.PatientAdmitted;
import org.cbrnsim.record.PatientDied;
import org.cbrnsim.record.UnitOnScene;
import org.cbrnsim.record.EvacuationStarted;
import org.cbrnsim.record.FirstDeath;
import org.cbrnsim.record.FirstWarned;
import org.cbrnsim.record.ReleaseEnded;
import org.cbrnsim.record.ReleaseStarted;
import org.cbrnsim.record.ShelterOrdered;
import org.cbrnsim.record.ThresholdFirstExceeded;
import org.cbrnsim.record.WarningIssued;
import org.cbrnsim.record.WindChanged;
import org.cbrnsim.viz.report.ReportContent.TimelineRow;

/**
 * The timeline of key events: only the important event types (not, for example, each group of evacuees
 * arriving, nor each step's departures after the first from a place, nor each patient: of the responders' arrivals,
 * decontamination lines, admissions and deaths before care only the first in each country, see {@link Milestones}),
 * at most a given number of rows. When there are more, the most important types are kept first (release, warnings,
 * shelter orders, border crossings, first deaths, first call, first unit on scene, first death before care; then
 * thresholds, wind changes, cordon, decontamination and first admission; then evacuations), earlier events before
 * later ones; the rows kept are shown in time order.
 */
final class Timeline {

    /** The usual most rows: one or two printed pages. */
    public static final int MAX_ROWS = 40;

    /** How the timeline shows an event type; {@code detailCompletesLabel}: "First person above" + "AEGL-2". */
    private record Kind(String label, int rank, boolean detailCompletesLabel) {

        Kind(String label, int rank) {
            this(label, rank, false);
        }

        String event(RunEvent event) {
            return detailCompletesLabel && !event.detail().isEmpty() ? label + " " + event.detail() : label;
        }
    }

    private static final Map<String, Kind> IMPORTANT = Map.ofEntries(
            Map.entry(ReleaseStarted.TYPE, new Kind("Release started", 0)),
            Map.entry(ReleaseEnded.TYPE, new Kind("Release ended", 0)),
            Map.entry(WarningIssued.TYPE, new Kind("Public warning issued", 0)),
            Map.entry(ShelterOrdered.TYPE, new Kind("Shelter in place ordered", 0)),
            Map.entry(BorderCrossedByCloud.TYPE, new Kind("Cloud crossed a border", 0)),
            Map.entry(FirstDeath.TYPE, new Kind("First death", 0)),
            Map.entry(FirstWarned.TYPE, new Kind("First resident warned", 1)),
            Map.entry(ThresholdFirstExceeded.TYPE, new Kind("First person above", 1, true)),
            Map.entry(WindChanged.TYPE, new Kind("Wind changed", 1)),
            Map.entry(EvacuationStarted.TYPE, new Kind("Evacuation started", 2)),
            Map.entry(FirstCall.TYPE, new Kind("First emergency call reached dispatch", 0)),
            Map.entry(UnitOnScene.TYPE, new Kind("First unit on scene", 0)),
            Map.entry(PatientDied.BEFORE_CARE, new Kind("First death before care", 0)),
            Map.entry(CordonSet.TYPE, new Kind("Cordon set", 1)),
            Map.entry(DeconOpened.TYPE, new Kind("First decontamination line open", 1)),
            Map.entry(PatientAdmitted.TYPE, new Kind("First patient admitted", 1)));

    private final List<TimelineRow> rows;
    private final String note;

    private Timeline(List<TimelineRow> rows, String note) {
        this.rows = List.copyOf(rows);
        this.note = note;
    }

    /**
     * The timeline of {@code events} (any order), at most {@code maxRows} rows.
     *
     * @param subjectName the name to show for a subject id, e.g. a place's name for its id
     *
     * @throws IllegalArgumentException when {@code maxRows} &lt; 1
     */
    public static Timeline of(List<RunEvent> events, ReportClock clock, UnaryOperator<String> subjectName,
                              int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("a timeline needs room for at least 1 row, got " + maxRows);
        }
        Comparator<RunEvent> byTime = Comparator.comparingDouble(RunEvent::tS);
        List<RunEvent> kept = Milestones.of(events).stream()
                .filter(e -> IMPORTANT.containsKey(e.type()))
                .sorted(Comparator.comparingInt((RunEvent e) -> IMPORTANT.get(e.type()).rank()).thenComparing(byTime))
                .limit(maxRows)
                .sorted(byTime)
                .toList();
        List<TimelineRow> rows = new ArrayList<>();
        for (RunEvent event : kept) {
            Kind kind = IMPORTANT.get(event.type());
            rows.add(new TimelineRow(clock.elapsed(event.tS()), clock.local(event.tS()), event.country(),
                    kind.event(event), detail(event, kind, subjectName)));
        }
        String note = kept.size() == events.size() ? ""
                : String.format(Locale.ROOT, "%s of the run's %s events are shown here; events.csv in the run folder "
                        + "lists them all.", FigureText.whole(kept.size()), FigureText.whole(events.size()));
        return new Timeline(rows, note);
    }

    /** The rows, in time order. */
    public List<TimelineRow> rows() {
        return rows;
    }

    /** What was left out, e.g. "20 of the run's 22 events are shown here; …"; "" when nothing was. */
    public String note() {
        return note;
    }

    /** "subject: detail (by actor)", leaving out what is empty or already said by the event column. */
    private static String detail(RunEvent event, Kind kind, UnaryOperator<String> subjectName) {
        String detail = kind.detailCompletesLabel() || event.detail().equalsIgnoreCase(kind.label()) ? "" : event.detail();
        String subject = event.subject().isEmpty() ? "" : subjectName.apply(event.subject());
        String text = subject.isEmpty() || detail.isEmpty() ? subject + detail : subject + ": " + detail;
        return event.actor().isEmpty() ? text : text + " (by " + event.actor() + ")";
    }
}
