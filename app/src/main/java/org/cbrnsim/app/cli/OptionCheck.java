package org.cbrnsim.app.cli;

import java.util.function.Supplier;

/**
 * Ties an engine's refusal of a value to the option the user typed it in: the engine says what is
 * wrong ("release rate must be > 0 kg/s"), this prefixes it with the option ("--rate: …").
 */
public final class OptionCheck {

    private OptionCheck() {
    }

    /** The supplier's value, or an IllegalArgumentException whose message starts with the option's name. */
    public static <T> T named(String option, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /** The value if it is finite and &gt; 0, else an error naming the option and the expectation. */
    public static double positive(String option, double value, String what, String siUnit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(option + ": expected " + what + " > 0 " + siUnit + ", got " + value + " " + siUnit);
        }
        return value;
    }
}
