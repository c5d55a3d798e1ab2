package org.cbrnsim.response.care;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.cbrnsim.sim.EventScheduler;
import org.cbrnsim.sim.ScheduledEvent;

/**
 * A tandem of service stages, each with parallel identical stations, first come first served at every stage
 * (a flow line in queueing terms). People wait without limit to enter the first stage. Between stages there is
 * no buffer: a person who finishes a stage while every station of the next is taken stays on its station,
 * blocking it, until one frees (blocking after service; Perros 1994, Queueing Networks with Blocking, ch. 1).
 * Blocked people move on in the order they finished. Each completion is an event at its exact time.
 *
 * @param <T> who goes through (identity matters: one item is in the line at most once)
 */
public final class StageLine<T> {

    /** Told when an item leaves the last stage. */
    @FunctionalInterface
    public interface Exit<T> {
        void left(T item, double tS);
    }

    private final int[] free;
    private final double[] meanServiceS;
    private final ServiceTime serviceTime;
    private final MersenneTwisterFast random;
    private final EventScheduler events;
    private final Exit<T> exit;

    private final ArrayDeque<Entry<T>> entrance = new ArrayDeque<>();
    private final ArrayDeque<Entry<T>>[] blockedAfter;
    private final Map<T, Entry<T>> inLine = new IdentityHashMap<>();
    private boolean open;
    private int waiting;
    private int blocked;
    private long exited;

    /**
     * @param stations     parallel stations of each stage, in order (each ≥ 1)
     * @param meanServiceS mean service time of each stage (s, each &gt; 0)
     * @param serviceTime  the service-time distribution
     * @param random       the stream service times are drawn from
     * @param events       the run's scheduler
     * @param exit         told of each item leaving the last stage
     */
    @SuppressWarnings("unchecked")
    public StageLine(int[] stations, double[] meanServiceS, ServiceTime serviceTime, MersenneTwisterFast random,
                     EventScheduler events, Exit<T> exit) {
        if (stations.length == 0 || stations.length != meanServiceS.length) {
            throw new IllegalArgumentException("a stage line needs at least one stage and a mean time per stage, got "
                    + stations.length + " stages and " + meanServiceS.length + " times");
        }
        for (int s = 0; s < stations.length; s++) {
            if (stations[s] < 1) {
                throw new IllegalArgumentException("stage " + s + " needs at least 1 station, got " + stations[s]);
            }
            if (!(meanServiceS[s] > 0) || Double.isInfinite(meanServiceS[s])) {
                throw new IllegalArgumentException("mean service time of stage " + s + " must be > 0 s, got "
                        + meanServiceS[s]);
            }
        }
        this.free = stations.clone();
        this.meanServiceS = meanServiceS.clone();
        this.serviceTime = Objects.requireNonNull(serviceTime, "serviceTime");
        this.random = Objects.requireNonNull(random, "random");
        this.events = Objects.requireNonNull(events, "events");
        this.exit = Objects.requireNonNull(exit, "exit");
        this.blockedAfter = new ArrayDeque[stations.length - 1];
        for (int s = 0; s < blockedAfter.length; s++) {
            blockedAfter[s] = new ArrayDeque<>();
        }
    }

    /** Starts service at {@code tS}; until then arrivals wait to enter. */
    public void open(double tS) {
        if (!open) {
            open = true;
            pull(0, tS);
        }
    }

    public boolean isOpen() {
        return open;
    }

    /** {@code item} joins the end of the queue to enter at {@code tS}. */
    public void arrive(T item, double tS) {
        Entry<T> entry = new Entry<>(item);
        if (inLine.putIfAbsent(item, entry) != null) {
            throw new IllegalArgumentException(item + " is already in the line");
        }
        entrance.add(entry);
        waiting++;
        if (open) {
            pull(0, tS);
        }
    }

    /** Takes {@code item} out at {@code tS} wherever it is, freeing its station; false when it is not in the line. */
    public boolean withdraw(T item, double tS) {
        Entry<T> entry = inLine.remove(item);
        if (entry == null) {
            return false;
        }
        entry.gone = true;
        switch (entry.state) {
            case WAITING -> waiting--;
            case IN_SERVICE -> {
                entry.completion.cancel();
                free[entry.stage]++;
                pull(entry.stage, tS);
            }
            case BLOCKED -> {
                blocked--;
                free[entry.stage]++;
                pull(entry.stage, tS);
            }
        }
        return true;
    }

    /** People waiting to enter the first stage. */
    public int waitingToEnter() {
        return waiting;
    }

    /** People who finished a stage and wait, on their station, for the next. */
    public int betweenStages() {
        return blocked;
    }

    /** People who have left the last stage. */
    public long exitedCount() {
        return exited;
    }

    private void complete(Entry<T> entry, double tS) {
        int stage = entry.stage;
        if (stage == free.length - 1) {
            inLine.remove(entry.item);
            free[stage]++;
            exited++;
            pull(stage, tS);
            exit.left(entry.item, tS);
        } else if (free[stage + 1] > 0) {
            free[stage]++;
            start(entry, stage + 1, tS);
            pull(stage, tS);
        } else {
            entry.state = State.BLOCKED;
            blockedAfter[stage].add(entry);
            blocked++;
        }
    }

    /**
     * Fills the free stations of {@code stage} from those waiting before it; each one that moves up frees a
     * station of the stage before, which is filled in turn.
     */
    private void pull(int stage, double tS) {
        for (int s = stage; s >= 0; s--) {
            boolean moved = false;
            while (free[s] > 0) {
                Entry<T> next = pollLive(s == 0 ? entrance : blockedAfter[s - 1]);
                if (next == null) {
                    break;
                }
                if (s == 0) {
                    waiting--;
                } else {
                    blocked--;
                    free[s - 1]++;
                }
                start(next, s, tS);
                moved = true;
            }
            if (!moved) {
                return;
            }
        }
    }

    private void start(Entry<T> entry, int stage, double tS) {
        free[stage]--;
        entry.stage = stage;
        entry.state = State.IN_SERVICE;
        double durationS = serviceTime.drawS(meanServiceS[stage], random);
        entry.completion = events.at(tS + durationS, t -> complete(entry, t));
    }

    private static <T> Entry<T> pollLive(ArrayDeque<Entry<T>> queue) {
        Entry<T> next = queue.poll();
        while (next != null && next.gone) {
            next = queue.poll();
        }
        return next;
    }

    private enum State { WAITING, IN_SERVICE, BLOCKED }

    /** One person in the line. */
    private static final class Entry<T> {
        final T item;
        State state = State.WAITING;
        int stage;
        ScheduledEvent completion;
        boolean gone;

        Entry(T item) {
            this.item = item;
        }
    }
}
