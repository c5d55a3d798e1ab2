package org.cbrnsim.sim;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.cbrnsim.record.EventLog;
import org.cbrnsim.record.EventSubscriber;
import org.cbrnsim.record.TimeSeries;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON simulation of an exercise: a fixed pipeline of {@link Phase}s at every step of the
 * {@link SimulationClock}, exact-time events in between ({@link EventScheduler}), named random streams, an
 * event log and a time series of metrics.
 *
 * <p>{@link #start()} calls {@code super.start()}, then builds everything afresh from the seed: random
 * streams, event log, scheduler, and the {@link SimulationModel}'s state, handlers and metrics; so starting
 * the same instance again replays the same run (code-anchors.md §3d pitfalls 1 and 5). Each phase is one
 * MASON steppable at ordering {@link Phase#masonOrdering()} that reschedules itself at the next step time,
 * computed from the integer step index, until the last step: the schedule then empties and the run ends at
 * the clock's end (pitfall 4). No two MASON entries share time and ordering, so {@code state.random} is
 * never drawn by the schedule (pitfall 3); model code draws from {@link #random(String)} only.
 */
public class ExerciseSimulation extends SimState {

    private static final long serialVersionUID = 1L;

    private final SimulationClock clock;
    private final SimulationModel model;
    private transient List<EventSubscriber> subscribers;

    private RandomStreams randomStreams;
    private EventLog eventLog;
    private EventScheduler events;
    private TimeSeries timeSeries;
    private EnumMap<Phase, List<PhaseHandler>> handlers;
    private List<String> metricNames;
    private List<Metric> metrics;
    private boolean building;

    /**
     * @param seed  the run seed (all 64 bits feed the named streams)
     * @param clock T0, step and end
     * @param model builds the model's state and handlers at every start
     */
    public ExerciseSimulation(long seed, SimulationClock clock, SimulationModel model) {
        super(seed);
        if (clock == null || model == null) {
            throw new IllegalArgumentException("a simulation needs a clock and a model");
        }
        this.clock = clock;
        this.model = model;
    }

    @Override
    public void start() {
        super.start();
        randomStreams = new RandomStreams(seed());
        eventLog = new EventLog();
        subscribers().forEach(eventLog::subscribe);
        events = new EventScheduler(schedule, clock.endS());
        handlers = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            handlers.put(phase, new ArrayList<>());
        }
        metricNames = new ArrayList<>();
        metrics = new ArrayList<>();
        building = true;
        try {
            model.build(this);
        } finally {
            building = false;
        }
        timeSeries = new TimeSeries(metricNames);
        for (Phase phase : Phase.values()) {
            schedule.scheduleOnce(clock.timeS(0), phase.masonOrdering(), new PhaseStep(phase));
        }
    }

    /** Starts, runs to the clock's end, and finishes. */
    public void run() {
        run(ProgressLine.disabled());
    }

    /** Starts, runs to the clock's end reporting progress, and finishes. */
    public void run(ProgressLine progress) {
        start();
        while (schedule.step(this)) {
            progress.update(schedule.getTime());
        }
        finish();
        progress.finish();
    }

    /** Registers {@code handler} for {@code phase}; handlers of one phase run in registration order. Only in build. */
    public void onPhase(Phase phase, PhaseHandler handler) {
        requireBuilding("phase handlers");
        if (phase == null || handler == null) {
            throw new IllegalArgumentException("a phase handler needs a phase and a handler");
        }
        handlers.get(phase).add(handler);
    }

    /** Adds a time-series column {@code name}, sampled after RECORD at every step; columns keep this order. Only in build. */
    public void addMetric(String name, Metric metric) {
        requireBuilding("metrics");
        if (metric == null) {
            throw new IllegalArgumentException("metric '" + name + "' needs a value source");
        }
        metricNames.add(name);
        metrics.add(metric);
    }

    /** Adds a live subscriber to the event log of this and every later start. */
    public void subscribe(EventSubscriber subscriber) {
        subscribers().add(subscriber);
        if (eventLog != null) {
            eventLog.subscribe(subscriber);
        }
    }

    /** The clock. */
    public SimulationClock clock() {
        return clock;
    }

    /** The named random stream {@code name} of the current run. */
    public MersenneTwisterFast random(String name) {
        return requireStarted(randomStreams).stream(name);
    }

    /** The exact-time event scheduler of the current run. */
    public EventScheduler events() {
        return requireStarted(events);
    }

    /** The event log of the current run. */
    public EventLog eventLog() {
        return requireStarted(eventLog);
    }

    /** The metrics of the current run, a row per step. */
    public TimeSeries timeSeries() {
        return requireStarted(timeSeries);
    }

    /** The current simulation time (s after T0). */
    public double nowS() {
        return events().nowS();
    }

    private void runPhase(Phase phase, long step) {
        double timeS = clock.timeS(step);
        StepContext ctx = new StepContext(this, phase, step, timeS);
        for (PhaseHandler handler : handlers.get(phase)) {
            handler.run(ctx);
        }
        events.runDue(timeS);
        if (phase == Phase.RECORD) {
            double[] row = new double[metrics.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = metrics.get(i).value();
            }
            timeSeries.append(timeS, row);
        }
    }

    private List<EventSubscriber> subscribers() {
        if (subscribers == null) {
            subscribers = new ArrayList<>();
        }
        return subscribers;
    }

    private void requireBuilding(String what) {
        if (!building) {
            throw new IllegalStateException(what + " can only be registered while the model is built "
                    + "(SimulationModel.build, called by start())");
        }
    }

    private static <T> T requireStarted(T part) {
        if (part == null) {
            throw new IllegalStateException("the simulation has not been started (call start() or run())");
        }
        return part;
    }

    /** One phase of the pipeline: runs it at every step time and reschedules itself for the next step. */
    private static final class PhaseStep implements Steppable {
        private static final long serialVersionUID = 1L;

        private final Phase phase;
        private long step;

        PhaseStep(Phase phase) {
            this.phase = phase;
        }

        @Override
        public void step(SimState state) {
            ExerciseSimulation simulation = (ExerciseSimulation) state;
            simulation.runPhase(phase, step);
            if (step < simulation.clock.lastStep()) {
                step++;
                state.schedule.scheduleOnce(simulation.clock.timeS(step), phase.masonOrdering(), this);
            }
        }
    }
}
