package org.cbrnsim.hazard.timeline;

import java.util.List;

/** The weather of a scenario as a step function of time: each state holds until the next one begins. */
public final class WeatherTimeline {

    private final List<WeatherState> states;

    /**
     * @param states at least one, the first at 0 s, strictly increasing in time
     */
    public WeatherTimeline(List<WeatherState> states) {
        if (states == null || states.isEmpty()) {
            throw new IllegalArgumentException("a weather timeline needs at least one state");
        }
        if (states.get(0).atS() != 0) {
            throw new IllegalArgumentException("the first weather must start at 0 s, got " + states.get(0).atS() + " s");
        }
        for (int i = 1; i < states.size(); i++) {
            if (!(states.get(i).atS() > states.get(i - 1).atS())) {
                throw new IllegalArgumentException("weather times must increase, got " + states.get(i - 1).atS()
                        + " s then " + states.get(i).atS() + " s");
            }
        }
        this.states = List.copyOf(states);
    }

    /** The weather in force at {@code tS}. */
    public WeatherState at(double tS) {
        WeatherState current = states.get(0);
        for (WeatherState s : states) {
            if (s.atS() <= tS) {
                current = s;
            } else {
                break;
            }
        }
        return current;
    }

    /** All states in time order. */
    public List<WeatherState> states() {
        return states;
    }
}
