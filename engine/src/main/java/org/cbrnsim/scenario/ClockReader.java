package org.cbrnsim.scenario;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.cbrnsim.units.Dimension;

/** Reads {@code clock: {start, end, step}}. */
final class ClockReader {

    static final List<String> KEYS = List.of("start", "end", "step");

    private ClockReader() {
    }

    static Optional<Clock> read(YamlMapping clock) {
        Optional<OffsetDateTime> start = clock.required("start", ClockReader::start);
        Optional<Double> endS = clock.required("end", v -> v.positive(Dimension.TIME));
        Optional<Double> stepS = clock.optional("step", v -> v.positive(Dimension.TIME), ScenarioDefaults.STEP_S);
        if (start.isEmpty() || endS.isEmpty() || stepS.isEmpty()) {
            return Optional.empty();
        }
        if (!clock.get("step").map(step -> step.check(stepS.get() <= endS.get(), "the step ("
                + QuantityText.format(stepS.get(), Dimension.TIME) + ") must not exceed the end ("
                + QuantityText.format(endS.get(), Dimension.TIME) + ")")).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(new Clock(start.get(), endS.get(), stepS.get()));
    }

    private static Optional<OffsetDateTime> start(YamlValue value) {
        return value.text().flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text.strip()));
            } catch (DateTimeParseException e) {
                value.error("expected a local date and time with its UTC offset such as \"2026-03-14T02:40+02:00\","
                        + " got " + value.describe());
                return Optional.empty();
            }
        });
    }
}
