package org.cbrnsim.viz.report;

import org.cbrnsim.viz.run.RunEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cbrnsim.record.BorderCrossedByCloud;
import org.cbrnsim.record.ReleaseEnded;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.record.ThresholdFirstExceeded;
import org.cbrnsim.record.WarningIssued;
import org.cbrnsim.scenario.CountrySpec;
import org.cbrnsim.scenario.HazardSpec;
import org.cbrnsim.scenario.Scenario;

/**
 * The summary paragraph, written from the scenario, the run's KPIs and its events: what was released,
 * where and when; the first warning; how many people were exposed above AEGL-3 and AEGL-2 in all (the counts only grow);
 * dead, sought care, admitted and in intensive care, evacuated and sheltered; the countries the cloud reached and
 * its border crossings.
 * A sentence whose figures the run does not have is left out.
 */
final class SummaryParagraph {

    private final Scenario scenario;
    private final RunSummary summary;
    private final List<RunEvent> events;
    private final ReportClock clock;

    private SummaryParagraph(Scenario scenario, RunSummary summary, List<RunEvent> events, ReportClock clock) {
        this.scenario = scenario;
        this.summary = summary;
        this.events = events;
        this.clock = clock;
    }

    /** The paragraph for a run of {@code scenario}. */
    public static String of(Scenario scenario, RunSummary summary, List<RunEvent> events, ReportClock clock) {
        SummaryParagraph paragraph = new SummaryParagraph(scenario, summary, events, clock);
        List<String> sentences = new ArrayList<>();
        sentences.add(paragraph.release());
        sentences.add(paragraph.warning());
        paragraph.exposure().ifPresent(sentences::add);
        paragraph.casualties().ifPresent(sentences::add);
        sentences.add(paragraph.reach());
        return String.join(" ", sentences);
    }

    private String release() {
        List<String> releases = new ArrayList<>();
        for (HazardSpec hazard : scenario.hazards()) {
            String where = hazard.placeId().flatMap(scenario::place).map(p -> " at " + p.name()).orElse("");
            releases.add(commonNoun(hazard.substance().name()) + where);
        }
        StringBuilder text = new StringBuilder("On ").append(clock.startDate()).append(" at ").append(clock.startClock())
                .append(" local time (T0), a release of ").append(joined(releases)).append(" began");
        double releasedKg = kpi("released_kg");
        if (!Double.isNaN(releasedKg)) {
            text.append("; ").append(FigureText.whole(releasedKg)).append(" kg went into the air");
        }
        last(ReleaseEnded.TYPE).ifPresent(end -> text.append(", the release ending at ").append(clock.both(end.tS())));
        return text.append('.').toString();
    }

    private String warning() {
        return first(WarningIssued.TYPE).map(w -> "The first public warning went out at " + clock.both(w.tS())
                        + (w.actor().isEmpty() ? "" : ", issued by " + w.actor())
                        + (w.subject().isEmpty() ? "" : " for the " + w.subject())
                        + (w.detail().isEmpty() ? "" : " (" + w.detail() + ")") + ".")
                .orElse("No public warning was issued during the run.");
    }

    private Optional<String> exposure() {
        double aegl3 = kpi("max_above_aegl3");
        double aegl2 = kpi("max_above_aegl2");
        if (Double.isNaN(aegl3) || Double.isNaN(aegl2)) {
            return Optional.empty();
        }
        return Optional.of("In all, " + people(aegl3) + " were exposed above AEGL-3 (life-threatening) and "
                + people(aegl2) + " above AEGL-2 (serious, lasting effects).");
    }

    private Optional<String> casualties() {
        double dead = kpi("dead");
        double icu = kpi("icu");
        double admitted = kpi("admitted");
        double soughtCare = kpi("sought_care");
        if (Double.isNaN(dead) || Double.isNaN(icu) || Double.isNaN(admitted) || Double.isNaN(soughtCare)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("By the end of the run (").append(clock.elapsed(summary.endS()))
                .append(") ").append(people(dead)).append(" had died and ")
                .append(FigureText.whole(icu + admitted + soughtCare)).append(" more had sought care (")
                .append(FigureText.whole(icu)).append(" needing intensive care, ").append(FigureText.whole(admitted))
                .append(" admitted, ").append(FigureText.whole(soughtCare)).append(" sent home");
        double worriedWell = kpi("worried_well");
        if (!Double.isNaN(worriedWell)) {
            text.append(", ").append(FigureText.whole(worriedWell)).append(" of them without symptoms");
        }
        text.append(')');
        String probit = summary.notes().get("lethality_probit");
        if (probit != null) {
            text.append("; deaths by the ").append(probit).append(" lethality probit");
        }
        double evacuated = kpi("evacuated");
        if (!Double.isNaN(evacuated)) {
            text.append("; ").append(people(evacuated)).append(" had been evacuated");
        }
        double sheltered = kpi("max_sheltered");
        if (!Double.isNaN(sheltered)) {
            text.append(" and up to ").append(people(sheltered)).append(" sheltered in place at one time");
        }
        return Optional.of(text.append('.').toString());
    }

    private String reach() {
        Set<String> reached = new LinkedHashSet<>();
        events.stream().filter(e -> e.type().equals(ThresholdFirstExceeded.TYPE) && !e.country().isEmpty())
                .forEach(e -> reached.add(countryName(e.country())));
        if (reached.isEmpty()) {
            return "No one was above an AEGL threshold.";
        }
        StringBuilder text = new StringBuilder("People were above AEGL thresholds in ").append(joined(List.copyOf(reached)));
        List<String> crossings = events.stream().filter(e -> e.type().equals(BorderCrossedByCloud.TYPE))
                .map(e -> clock.both(e.tS()) + (e.detail().isEmpty() ? "" : ", " + e.detail()))
                .toList();
        if (!crossings.isEmpty()) {
            text.append("; the cloud crossed a border at ").append(joined(crossings));
        }
        return text.append('.').toString();
    }

    /** "Chlorine" → "chlorine", but "HCN" stays "HCN": a name is lower-cased only where it is not an acronym. */
    private static String commonNoun(String name) {
        boolean capitalisedWord = name.length() > 1 && Character.isUpperCase(name.charAt(0))
                && Character.isLowerCase(name.charAt(1));
        return capitalisedWord ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    private String countryName(String code) {
        return scenario.region().country(code).map(CountrySpec::name).orElse(code);
    }

    private double kpi(String name) {
        return summary.kpis().getOrDefault(name, Double.NaN);
    }

    private static String people(double count) {
        String number = FigureText.whole(count);
        return Math.round(count) == 1 ? number + " person" : number + " people";
    }

    private Optional<RunEvent> first(String type) {
        return events.stream().filter(e -> e.type().equals(type)).min((a, b) -> Double.compare(a.tS(), b.tS()));
    }

    private Optional<RunEvent> last(String type) {
        return events.stream().filter(e -> e.type().equals(type)).max((a, b) -> Double.compare(a.tS(), b.tS()));
    }

    /** "a", "a and b", "a, b and c". */
    static String joined(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
