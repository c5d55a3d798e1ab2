package org.cbrnsim.viz.report;

import org.cbrnsim.viz.run.RunEvent;
import org.cbrnsim.viz.run.RunRecord;

import java.io.IOException;
import java.util.List;
import org.cbrnsim.record.ObjectiveOutcome;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.scenario.ExerciseSpec;
import org.cbrnsim.scenario.PlaceSpec;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.viz.RenderedChart;
import org.cbrnsim.viz.chart.ChartCatalogue;
import org.cbrnsim.viz.report.ReportContent.Fact;
import org.cbrnsim.viz.report.ReportContent.ObjectiveRow;

/** Builds the {@link ReportContent} of a run from the files of its run folder and the charts drawn for it. */
public final class ReportContents {

    /** Said in the objectives section when summary.json scores no objective. */
    public static final String NO_OBJECTIVES = "No objectives with targets in this scenario (objectives are scored "
            + "from the MSEL in a later release).";

    /** What the model does not do yet, in the notes of a run without responders. */
    private static final String NOT_MODELLED = "Responders, hospitals, requests for assistance across borders and the "
            + "MSEL are not modelled yet; the warning follows the scenario's warning settings.";

    /** What the model does not do yet, in the notes of a run with responders. */
    static final String NOT_MODELLED_WITH_RESPONDERS = "The responders and hospitals are the scenario's agencies, units "
            + "and beds, working with the response parameters of the scenario (defaults from published response-time "
            + "norms, decontamination throughputs, triage systems and hospital surge tiers, some assumed); requests for "
            + "assistance across borders and the MSEL are not modelled yet; the warning follows the scenario's warning "
            + "settings.";

    /** What the model leaves out, shown in the notes. */
    static final List<String> LIMITATIONS = List.of(
            "This is a simulation for training and planning, not a forecast. Its numbers follow from the scenario's "
                    + "assumptions (source, weather, population, warning channels) and one random seed; another "
                    + "seed or assumption gives other numbers.",
            "The cloud is a stream of Gaussian puffs (ALOHA's dispersion curves) carried by the scenario's wind "
                    + "timeline, with a meandering wind direction, over flat ground; a heavy gas first slumps and "
                    + "spreads near the source (Britter-McQuaid), and the cloud loses mass to the ground and to rain. "
                    + "Buildings, terrain and river valleys are not modelled; concentrations are averages around which "
                    + "real ones fluctuate.",
            "Residents live in discs around their town centres and breathe the cloud where they are; indoor air "
                    + "follows a single-box air-exchange model with a loss to indoor surfaces for reactive gases. Who sought care, was admitted, needed intensive care or died comes from each resident's "
                    + "toxic load through the substance's dose-response (substances/health-effects.yaml: published "
                    + "effect levels as medians, the lethality probit's slope, one tolerance per person): model "
                    + "estimates, not predictions for individuals. The counts are nested, as incident reports count them: sought care includes the admitted, who include intensive care, which includes the dead.",
            NOT_MODELLED,
            "In the sources below, [V] marks a number verified in the cited source, [K] a known value not yet "
                    + "re-verified (a placeholder to check), [D] a number derived by calculation.");

    private ReportContents() {
    }

    /**
     * The content of the debrief of the run in {@code runFolder}: reads summary.json, events.csv and
     * scenario.yaml there.
     *
     * @param charts the charts, in the order they are to appear
     * @throws IllegalArgumentException when a file is malformed (the message names it)
     * @throws IOException when a file cannot be read
     */
    public static ReportContent from(RunRecord run, List<RenderedChart> charts) {
        RunSummary summary = run.summary();
        List<RunEvent> events = run.events();
        Scenario scenario = run.scenario();
        ReportClock clock = new ReportClock(summary.start());
        Timeline timeline = Timeline.of(events, clock, id -> scenario.place(id).map(PlaceSpec::name).orElse(id),
                Timeline.MAX_ROWS);
        List<ObjectiveRow> objectives = summary.objectives().stream().map(ReportContents::objective).toList();
        ExerciseSpec exercise = scenario.exercise();
        return new ReportContent(scenario.name(), facts(summary, clock),
                exercise.name() + " (" + exercise.type().yamlName() + " exercise)",
                SummaryParagraph.of(scenario, summary, events, clock), KeyFigures.of(summary, clock),
                objectives, objectives.isEmpty() ? NO_OBJECTIVES : "",
                exercise.objectives().stream().map(ExerciseSpec.Objective::text).toList(),
                charts.stream().filter(c -> !ChartCatalogue.isResponse(c.id())).toList(),
                ResponseParagraph.of(run, clock), charts.stream().filter(c -> ChartCatalogue.isResponse(c.id())).toList(),
                timeline.rows(), timeline.note(), limitations(summary, !scenario.response().isEmpty()),
                scenario.sources(), summary.start());
    }

    /**
     * {@link #LIMITATIONS} (with what is not modelled for a run with responders when it has them) and, when
     * summary.json names it, the lethality probit used and why.
     */
    static List<String> limitations(RunSummary summary, boolean responders) {
        List<String> all = new java.util.ArrayList<>(LIMITATIONS);
        if (responders) {
            all.set(all.indexOf(NOT_MODELLED), NOT_MODELLED_WITH_RESPONDERS);
        }
        String probit = summary.notes().get("lethality_probit");
        if (probit != null) {
            String reason = summary.notes().getOrDefault("lethality_probit_reason", "");
            all.add(all.size() - 1, "Deaths follow the " + probit + " lethality probit" + (reason.isEmpty() ? "." : ": " + reason + "."));
        }
        return List.copyOf(all);
    }

    private static List<Fact> facts(RunSummary summary, ReportClock clock) {
        return List.of(new Fact("Scenario", summary.scenarioId()), new Fact("Run", summary.runId()),
                new Fact("Seed", Long.toString(summary.seed())), new Fact("Engine", summary.engineVersion()),
                new Fact("Start (T0)", clock.startText()), new Fact("Duration", ReportClock.duration(summary.endS())));
    }

    private static ObjectiveRow objective(ObjectiveOutcome outcome) {
        return new ObjectiveRow(outcome.text(), outcome.target(), FigureText.decimal(outcome.value()), outcome.met());
    }
}
