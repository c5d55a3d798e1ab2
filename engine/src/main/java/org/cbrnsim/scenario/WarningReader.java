package org.cbrnsim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.cbrnsim.population.ChannelKind;
import org.cbrnsim.units.Dimension;

/**
 * Reads {@code population.warning:}: when ("never" allowed; a warning when after the clock's end), who
 * (an AEGL footprint or "all"), the channels (each kind once; reach and delay default per kind, see
 * {@link ScenarioDefaults#channel}) and the cloud cue (an AEGL tier or "none").
 */
final class WarningReader {

    static final List<String> KEYS = List.of("issued_at", "area", "channels", "cloud_cue");
    static final List<String> CHANNEL_KEYS = List.of("kind", "reach", "delay");
    static final List<String> DELAY_KEYS = List.of("shape", "scale");
    static final String NEVER = "never";
    static final String ALL = "all";
    static final String NONE = "none";
    static final Choices<ChannelKind> KINDS =
            Choices.of("a warning channel", List.of(ChannelKind.values()), ChannelKind::id);
    /** An AEGL footprint, or everyone (empty). */
    static final Choices<Optional<AeglLevel>> AREAS = levelsOr("a warning area", ALL);
    /** An AEGL tier, or no cue (empty). */
    static final Choices<Optional<AeglLevel>> CUES = levelsOr("a cloud cue", NONE);

    private WarningReader() {
    }

    static Optional<WarningSpec> read(YamlMapping warning, Clock clock) {
        Optional<OptionalDouble> issuedAtS = warning.optional("issued_at", v -> issuedAt(v, clock),
                OptionalDouble.of(ScenarioDefaults.WARNING_ISSUED_AT_S));
        Optional<Optional<AeglLevel>> area = warning.optional("area", v -> v.choice(AREAS),
                Optional.of(ScenarioDefaults.WARNING_AREA));
        UniqueIds kinds = new UniqueIds("warning channel");
        Optional<List<ChannelSpec>> channels = warning.optional("channels",
                v -> v.listOf(item -> item.mapping(CHANNEL_KEYS).flatMap(channel -> channel(channel, kinds))),
                ScenarioDefaults.channels());
        Optional<Optional<AeglLevel>> cue = warning.optional("cloud_cue", v -> v.choice(CUES),
                Optional.of(ScenarioDefaults.CLOUD_CUE));
        if (issuedAtS.isEmpty() || area.isEmpty() || channels.isEmpty() || cue.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WarningSpec(issuedAtS.get(), area.get(), channels.get(), cue.get()));
    }

    private static Optional<OptionalDouble> issuedAt(YamlValue value, Clock clock) {
        if (value.isWord(NEVER)) {
            return Optional.of(OptionalDouble.empty());
        }
        Optional<Double> atS = value.nonNegative(Dimension.TIME);
        atS.filter(t -> t >= clock.endS()).ifPresent(t -> value.warning("the warning is issued at "
                + QuantityText.format(t, Dimension.TIME) + ", when the scenario has ended ("
                + QuantityText.format(clock.endS(), Dimension.TIME) + ")"));
        return atS.map(OptionalDouble::of);
    }

    private static Optional<ChannelSpec> channel(YamlMapping channel, UniqueIds kinds) {
        Optional<ChannelKind> kind = channel.required("kind", v -> v.choice(KINDS)
                .filter(k -> kinds.add(v, k.id())));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        ChannelSpec defaults = ScenarioDefaults.channel(kind.get());
        Optional<Double> reach = channel.optional("reach", YamlValue::fraction, defaults.reach());
        Optional<double[]> delay = channel.optional("delay", WarningReader::delay,
                new double[] {defaults.weibullShape(), defaults.weibullScaleS()});
        if (reach.isEmpty() || delay.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChannelSpec(kind.get(), reach.get(), delay.get()[0], delay.get()[1]));
    }

    /** {shape, scale (s)} of the Weibull delay; each defaults to the channel's when left out. */
    private static Optional<double[]> delay(YamlValue value) {
        return value.mapping(DELAY_KEYS).flatMap(delay -> {
            Optional<Double> shape = delay.required("shape", v -> v.number().flatMap(n -> v.above(n, 0, "")));
            Optional<Double> scaleS = delay.required("scale", v -> v.positive(Dimension.TIME));
            return shape.isPresent() && scaleS.isPresent() ? Optional.of(new double[] {shape.get(), scaleS.get()})
                    : Optional.empty();
        });
    }

    private static Choices<Optional<AeglLevel>> levelsOr(String what, String word) {
        List<Optional<AeglLevel>> values = Stream.concat(Arrays.stream(AeglLevel.values()).map(Optional::of),
                Stream.of(Optional.<AeglLevel>empty())).toList();
        return Choices.of(what, values, level -> level.map(AeglLevel::yamlName).orElse(word));
    }
}
