package org.cbrnsim.sim;

import java.io.Serializable;

/**
 * A discrete event waiting in the {@link EventScheduler}: its exact time, its sequence number (the order in
 * which it was scheduled, which breaks ties between equal times) and a handle to cancel it.
 */
public final class ScheduledEvent implements Comparable<ScheduledEvent>, Serializable {

    private static final long serialVersionUID = 1L;

    private final double timeS;
    private final long sequence;
    private final ScheduledAction action;
    private boolean cancelled;
    private boolean done;

    ScheduledEvent(double timeS, long sequence, ScheduledAction action) {
        this.timeS = timeS;
        this.sequence = sequence;
        this.action = action;
    }

    /** Scheduled time (s after T0). */
    public double timeS() {
        return timeS;
    }

    /** Position in the order of scheduling, from 0; among events at equal times the lower runs first. */
    public long sequence() {
        return sequence;
    }

    /** True when the event has neither run nor been cancelled. */
    public boolean isPending() {
        return !cancelled && !done;
    }

    /** Cancels the event; returns true if this stopped it from running, false if it had run or was cancelled. */
    public boolean cancel() {
        boolean stopped = isPending();
        cancelled = true;
        return stopped;
    }

    void fire() {
        if (isPending()) {
            done = true;
            action.run(timeS);
        }
    }

    @Override
    public int compareTo(ScheduledEvent other) {
        int byTime = Double.compare(timeS, other.timeS);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
