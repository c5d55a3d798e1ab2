package org.cbrnsim.sim;

import java.io.Serializable;
import java.util.PriorityQueue;
import java.util.TreeSet;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Discrete events at exact times ("at t do X"), on a MASON schedule, in a fixed order.
 *
 * <p>MASON runs steppables with equal time and equal ordering in a random order drawn from
 * {@code state.random} (code-anchors.md §3d pitfall 3). This scheduler avoids that: it keeps its own
 * priority queue keyed by (time, sequence number) and puts one wake-up on the MASON schedule per distinct
 * event time, at ordering {@link #MASON_ORDERING}; no two MASON entries ever share a time and an ordering,
 * so MASON never shuffles and never draws from {@code state.random}.
 *
 * <p>Order rule, at equal times:
 * <ol>
 *   <li>events scheduled for a step time run before that step's phases (their ordering is −1, the phases'
 *       0…7), in the order they were scheduled;</li>
 *   <li>an event scheduled for the current time from inside an event runs after the events already due,
 *       in the same pass;</li>
 *   <li>an event scheduled for the current time from inside a phase runs right after that phase, before
 *       the next one.</li>
 * </ol>
 * Events later than the end of the run are accepted and never run.
 */
public final class EventScheduler implements Serializable {

    /** MASON ordering of the wake-ups: before {@link Phase#WEATHER} (0) at a step time. */
    public static final int MASON_ORDERING = -1;

    private static final long serialVersionUID = 1L;

    private final Schedule schedule;
    private final double endS;
    private final PriorityQueue<ScheduledEvent> queue = new PriorityQueue<>();
    private final TreeSet<Double> wakeTimes = new TreeSet<>();
    private final Steppable wakeUp = new WakeUp();
    private long nextSequence;

    /**
     * @param schedule the MASON schedule the wake-ups go on
     * @param endS     end of the run (s): later events never run
     */
    EventScheduler(Schedule schedule, double endS) {
        this.schedule = schedule;
        this.endS = endS;
    }

    /** The current simulation time (s after T0); 0 before the first step. */
    public double nowS() {
        return Math.max(Schedule.EPOCH, schedule.getTime());
    }

    /** Schedules {@code action} at exact time {@code timeS} (s after T0), not earlier than {@link #nowS()}. */
    public ScheduledEvent at(double timeS, ScheduledAction action) {
        double nowS = nowS();
        if (!(timeS >= nowS) || Double.isInfinite(timeS)) {
            throw new IllegalArgumentException("event time must be a finite time >= the current time "
                    + nowS + " s, got " + timeS + " s");
        }
        if (action == null) {
            throw new IllegalArgumentException("event action must be given");
        }
        ScheduledEvent event = new ScheduledEvent(timeS, nextSequence++, action);
        queue.add(event);
        // At the current MASON time the running phase or wake-up drains the queue itself; a MASON entry
        // there would land one ulp later (Schedule._scheduleOnce).
        if (timeS <= endS && timeS > schedule.getTime() && wakeTimes.add(timeS)) {
            schedule.scheduleOnce(timeS, MASON_ORDERING, wakeUp);
        }
        return event;
    }

    /** Schedules {@code action} {@code delayS} seconds (≥ 0) after the current time. */
    public ScheduledEvent after(double delayS, ScheduledAction action) {
        if (!(delayS >= 0) || Double.isInfinite(delayS)) {
            throw new IllegalArgumentException("event delay must be a finite time >= 0 s, got " + delayS);
        }
        return at(nowS() + delayS, action);
    }

    /** Number of events scheduled and not yet run (cancelled ones included until their time passes). */
    public int queuedCount() {
        return queue.size();
    }

    /** Runs, in (time, sequence) order, every queued event due at or before {@code nowS}. */
    void runDue(double nowS) {
        while (!queue.isEmpty() && queue.peek().timeS() <= nowS) {
            queue.poll().fire();
        }
    }

    /** The MASON entry for one event time. */
    private final class WakeUp implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            double nowS = state.schedule.getTime();
            wakeTimes.remove(nowS);
            runDue(nowS);
        }
    }
}
