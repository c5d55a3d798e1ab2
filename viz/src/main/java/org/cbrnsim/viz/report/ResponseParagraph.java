package org.cbrnsim.viz.report;

import org.cbrnsim.record.CordonSet;
import org.cbrnsim.record.DeconOpened;
import org.cbrnsim.record.FirstCall;
import org.cbrnsim.record.HospitalDiverted;
import org.cbrnsim.record.HospitalTierChanged;
import org.cbrnsim.record.PatientAdmitted;
import org.cbrnsim.record.PatientDied;
import org.cbrnsim.record.PatientTransported;
import org.cbrnsim.record.PatientTriaged;
import org.cbrnsim.record.RespondersInjured;
import org.cbrnsim.response.SurgeTier;
import org.cbrnsim.viz.run.RunEvent;
import org.cbrnsim.viz.run.RunRecord;
import org.cbrnsim.viz.run.UnitArrivals;
import org.cbrnsim.viz.run.UnitArrivals.Arrival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The paragraph that opens the report's Response section, from events.csv alone: the first call, the first unit on
 * scene and how quickly the units came, the cordon and the first decontamination line, the patients triaged,
 * transported and admitted, the deaths before care and in hospital, the hospitals in surge and the diversions, the
 * responders hurt. A sentence whose events the run does not have is left out; "" for a run without responders.
 */
final class ResponseParagraph {

    private final List<RunEvent> events;
    private final ReportClock clock;

    private ResponseParagraph(List<RunEvent> events, ReportClock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The paragraph for {@code run}; "" when its scenario has no responders. */
    static String of(RunRecord run, ReportClock clock) {
        if (run.scenario().response().isEmpty()) {
            return "";
        }
        ResponseParagraph paragraph = new ResponseParagraph(run.events(), clock);
        List<String> sentences = new ArrayList<>();
        sentences.add(paragraph.call());
        paragraph.arrivals(UnitArrivals.of(run)).ifPresent(sentences::add);
        paragraph.scene().ifPresent(sentences::add);
        paragraph.patients().ifPresent(sentences::add);
        paragraph.deaths().ifPresent(sentences::add);
        paragraph.hospitals().ifPresent(sentences::add);
        paragraph.responders().ifPresent(sentences::add);
        return String.join(" ", sentences);
    }

    private String call() {
        List<RunEvent> calls = of(FirstCall.TYPE);
        if (calls.isEmpty()) {
            return "No emergency call reached a dispatch centre during the run, so no unit was sent.";
        }
        List<String> when = calls.stream().map(c -> clock.both(c.tS()) + (c.country().isEmpty() ? "" : " in " + c.country()))
                .toList();
        return "The first emergency call reached dispatch at " + SummaryParagraph.joined(when) + ".";
    }

    private Optional<String> arrivals(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return Optional.empty();
        }
        Arrival first = arrivals.stream().min(Comparator.comparingDouble(Arrival::tS)).orElseThrow();
        double[] responseS = arrivals.stream().mapToDouble(Arrival::responseS).sorted().toArray();
        double medianS = responseS.length % 2 == 1 ? responseS[responseS.length / 2]
                : (responseS[responseS.length / 2 - 1] + responseS[responseS.length / 2]) / 2;
        String all = arrivals.size() == 1 ? "no other unit arrived."
                : FigureText.whole(arrivals.size()) + " unit arrivals in all, half of them within " + minutes(medianS)
                        + " of the call.";
        return Optional.of("The first unit, " + first.unitId() + " (" + first.type().yamlName() + "), was on scene at "
                + clock.both(first.tS()) + ", " + minutes(first.responseS()) + " after the call; " + all);
    }

    private Optional<String> scene() {
        List<String> parts = new ArrayList<>();
        firstOf(CordonSet.TYPE).ifPresent(c -> parts.add("the cordon stood at " + clock.both(c.tS()) + " (" + c.detail() + ")"));
        List<RunEvent> lines = of(DeconOpened.TYPE);
        if (!lines.isEmpty()) {
            parts.add("the first decontamination line opened at " + clock.both(lines.get(0).tS())
                    + (lines.size() > 1 ? ", " + FigureText.whole(lines.size()) + " in all" : ""));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(capitalised(String.join("; ", parts)) + ".");
    }

    private Optional<String> patients() {
        long triaged = distinctSubjects(PatientTriaged.TYPE);
        if (triaged == 0 && of(PatientAdmitted.TYPE).isEmpty()) {
            return Optional.empty();
        }
        long undecontaminated = of(PatientAdmitted.TYPE).stream().filter(e -> e.detail().endsWith("not decontaminated"))
                .count();
        Optional<RunEvent> firstAdmitted = firstOf(PatientAdmitted.TYPE);
        return Optional.of(capitalised(count(triaged, "patient was", "patients were")) + " triaged, "
                + FigureText.whole(distinctSubjects(PatientTransported.TYPE)) + " taken to hospital by ambulance and "
                + FigureText.whole(distinctSubjects(PatientAdmitted.TYPE)) + " admitted"
                + (undecontaminated > 0 ? " (" + FigureText.whole(undecontaminated) + " arriving on their own without"
                        + " decontamination)" : "")
                + firstAdmitted.map(a -> ", the first at " + clock.both(a.tS())).orElse("") + ".");
    }

    private Optional<String> deaths() {
        long beforeCare = distinctSubjects(PatientDied.BEFORE_CARE);
        long inHospital = distinctSubjects(PatientDied.IN_HOSPITAL);
        if (beforeCare + inHospital == 0) {
            return Optional.empty();
        }
        return Optional.of(capitalised(count(beforeCare, "patient", "patients")) + " died before reaching care"
                + firstOf(PatientDied.BEFORE_CARE).map(d -> ", the first at " + clock.both(d.tS()) + ",").orElse("")
                + " and " + FigureText.whole(inHospital) + " in hospital.");
    }

    private Optional<String> hospitals() {
        List<String> parts = new ArrayList<>();
        Map<String, SurgeTier> highest = new TreeMap<>();
        for (RunEvent change : of(HospitalTierChanged.TYPE)) {
            Arrays.stream(SurgeTier.values()).filter(tier -> change.detail().startsWith(tier.label() + ",")).findFirst()
                    .ifPresent(tier -> highest.merge(change.actor(), tier, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        }
        for (SurgeTier tier : List.of(SurgeTier.CRISIS, SurgeTier.CONTINGENCY)) {
            long hospitals = highest.values().stream().filter(tier::equals).count();
            if (hospitals > 0) {
                parts.add(count(hospitals, "hospital", "hospitals") + (parts.isEmpty() ? "" : " more") + " reached "
                        + tier.label() + " capacity");
            }
        }
        List<RunEvent> diversions = of(HospitalDiverted.TYPE);
        if (!diversions.isEmpty()) {
            long nowhere = diversions.stream().filter(e -> e.detail().equals("full, no hospital had room")).count();
            parts.add(count(diversions.size(), "patient was", "patients were") + " diverted from a full hospital"
                    + (nowhere > 0 ? ", " + FigureText.whole(nowhere) + " finding no hospital with room" : ""));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(capitalised(String.join("; ", parts)) + ".");
    }

    private Optional<String> responders() {
        int hurt = of(RespondersInjured.TYPE).stream().map(e -> e.detail().split(" ", 2)[0])
                .filter(n -> n.matches("\\d{1,9}")).mapToInt(Integer::parseInt).sum();
        return hurt == 0 ? Optional.empty()
                : Optional.of(capitalised(count(hurt, "responder was", "responders were")) + " hurt by the gas.");
    }

    private List<RunEvent> of(String type) {
        return events.stream().filter(e -> e.type().equals(type)).sorted(Comparator.comparingDouble(RunEvent::tS)).toList();
    }

    private Optional<RunEvent> firstOf(String type) {
        return of(type).stream().findFirst();
    }

    private long distinctSubjects(String type) {
        return of(type).stream().map(RunEvent::subject).distinct().count();
    }

    /** "1 patient was", "1,234 patients were". */
    private static String count(long n, String one, String many) {
        return FigureText.whole(n) + " " + (n == 1 ? one : many);
    }

    /** "12 min" (whole minutes), "45 s" under a minute. */
    static String minutes(double seconds) {
        return seconds < 60 ? FigureText.whole(seconds) + " s" : FigureText.whole(seconds / 60) + " min";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
