package org.cbrnsim.record;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The events of a run in time order; events at equal times keep the order in which they were recorded.
 * An event may be recorded after later ones (e.g. a border crossing interpolated between two steps); it is
 * put in its place. Subscribers are told of each event when it is recorded, and are not part of the log's
 * serialised state.
 */
public final class EventLog implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<SimEvent> events = new ArrayList<>();
    private transient List<EventSubscriber> subscribers = new ArrayList<>();

    /** Adds {@code event} after every event at the same or an earlier time, then tells the subscribers. */
    public void record(SimEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("event must be given");
        }
        events.add(insertionIndex(event.tS()), event);
        for (EventSubscriber subscriber : subscribers()) {
            subscriber.onEvent(event);
        }
    }

    /** Adds a subscriber; it sees events recorded from now on. */
    public void subscribe(EventSubscriber subscriber) {
        if (subscriber == null) {
            throw new IllegalArgumentException("subscriber must be given");
        }
        subscribers().add(subscriber);
    }

    /** The events in time order (a read-only view). */
    public List<SimEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Number of events. */
    public int size() {
        return events.size();
    }

    private int insertionIndex(double tS) {
        int low = 0;
        int high = events.size();
        if (high == 0 || events.get(high - 1).tS() <= tS) {
            return high;
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (events.get(mid).tS() <= tS) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private List<EventSubscriber> subscribers() {
        if (subscribers == null) {
            subscribers = new ArrayList<>();
        }
        return subscribers;
    }
}
