package org.cbrnsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a scenario file, read as the type the format expects. Each reader returns the value, or
 * reports a problem at this node (with its path) and returns empty, so that reading goes on and every
 * problem of the file is found.
 *
 * @param node     the YAML node
 * @param path     where it is, e.g. {@code places[2].lat}
 * @param problems where problems go
 */
record YamlValue(Node node, String path, Problems problems) {

    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");
    private static final Pattern DECIMAL_FLOAT =
            Pattern.compile("[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?");
    private static final int QUOTED_LENGTH = 40;

    /** The text of a scalar (any scalar but null: names may look like numbers). */
    Optional<String> text() {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(scalar.getValue());
        }
        return mismatch("a text");
    }

    /** A plain decimal number (not quoted). */
    Optional<Double> number() {
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            String digits = scalar.getValue();
            if (DECIMAL_FLOAT.matcher(digits).matches()) {
                double value = Double.parseDouble(digits.replace("_", ""));
                if (Double.isFinite(value)) {
                    return Optional.of(value);
                }
            }
            error("expected a finite decimal number, got " + describe());
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
                && DECIMAL_FLOAT.matcher(scalar.getValue()).matches()) {
            error("expected a number, got the quoted text " + describe() + " (numbers are written without quotes)");
            return Optional.empty();
        }
        return mismatch("a number");
    }

    /** A plain decimal integer (not quoted) that fits an int. */
    Optional<Integer> integer() {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)
                && DECIMAL_INTEGER.matcher(scalar.getValue()).matches()) {
            try {
                return Optional.of(Integer.parseInt(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException tooLarge) {
                error("expected a whole number up to " + Integer.MAX_VALUE + ", got " + describe());
                return Optional.empty();
            }
        }
        return mismatch("a whole number");
    }

    /** A whole number that must be ≥ {@code least}, e.g. a count of beds or units. */
    Optional<Integer> integerAtLeast(int least) {
        return integer().filter(n -> check(n >= least, "must be >= " + least + ", got " + n));
    }

    /** A number with its unit, e.g. "30 min", in the SI unit of the dimension ({@link QuantityParser}). */
    Optional<Double> quantity(Dimension dimension) {
        if (!(node instanceof ScalarNode) || ((ScalarNode) node).getTag().equals(Tag.NULL)) {
            return mismatch(expectation(dimension));
        }
        return parsed(text -> QuantityParser.parse(text, dimension));
    }

    /** A quantity that must be &gt; 0. */
    Optional<Double> positive(Dimension dimension) {
        return quantity(dimension).flatMap(si -> above(si, 0, dimension.siSymbol()));
    }

    /** A quantity that must be ≥ 0. */
    Optional<Double> nonNegative(Dimension dimension) {
        return quantity(dimension).flatMap(si -> atLeast(si, 0, dimension.siSymbol()));
    }

    /** A rate per time &gt; 0 such as air changes "0.5 /h", in 1/s. */
    Optional<Double> positivePerTime() {
        return parsed(QuantityText::parsePerTime).flatMap(perS -> above(perS, 0, "/s"));
    }

    /** The text read by {@code parser}; its IllegalArgumentException's message is the error. */
    <T> Optional<T> parsed(Function<String, T> parser) {
        return text().flatMap(text -> {
            try {
                return Optional.of(parser.apply(text));
            } catch (IllegalArgumentException e) {
                error(e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** True when the value is this word (ignoring case), e.g. "never" or "none"; reports nothing. */
    boolean isWord(String word) {
        return node instanceof ScalarNode scalar && scalar.getValue().strip().equalsIgnoreCase(word);
    }

    /** A share between 0 and 1: a plain number or a percentage ("70 %"). */
    Optional<Double> fraction() {
        Optional<Double> value = node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)
                ? quantity(Dimension.FRACTION) : number();
        return value.flatMap(share -> within(share, 0, 1));
    }

    /** {@code value} if it is &gt; {@code bound}; else an error saying so. */
    Optional<Double> above(double value, double bound, String unit) {
        return check(value > bound, "must be > " + Numbers.plain(bound) + suffix(unit) + ", got " + describe())
                ? Optional.of(value) : Optional.empty();
    }

    /** {@code value} if it is ≥ {@code bound}; else an error saying so. */
    Optional<Double> atLeast(double value, double bound, String unit) {
        return check(value >= bound, "must be >= " + Numbers.plain(bound) + suffix(unit) + ", got " + describe())
                ? Optional.of(value) : Optional.empty();
    }

    /** {@code value} if it lies in [low, high]; else an error saying so. */
    Optional<Double> within(double value, double low, double high) {
        return check(value >= low && value <= high,
                "must be between " + Numbers.plain(low) + " and " + Numbers.plain(high) + ", got " + describe())
                ? Optional.of(value) : Optional.empty();
    }

    /** The items of a list, each with its path {@code path[i]}. */
    Optional<List<YamlValue>> list() {
        if (!(node instanceof SequenceNode sequence)) {
            return mismatch("a list");
        }
        List<YamlValue> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlValue(item, Paths.item(path, items.size()), problems));
        }
        return Optional.of(items);
    }

    /** A list with at least one item. */
    Optional<List<YamlValue>> nonEmptyList() {
        return list().filter(items -> check(!items.isEmpty(), "expected at least one entry, got an empty list"));
    }

    /** Every item of a list read with {@code read}; all are read, and the list is empty if any was refused. */
    <T> Optional<List<T>> listOf(Function<YamlValue, Optional<T>> read) {
        return list().flatMap(items -> all(items, read));
    }

    /** As {@link #listOf}, for a list that needs at least one item. */
    <T> Optional<List<T>> nonEmptyListOf(Function<YamlValue, Optional<T>> read) {
        return nonEmptyList().flatMap(items -> all(items, read));
    }

    private static <T> Optional<List<T>> all(List<YamlValue> items, Function<YamlValue, Optional<T>> read) {
        List<T> values = new ArrayList<>();
        boolean complete = true;
        for (YamlValue item : items) {
            Optional<T> value = read.apply(item);
            value.ifPresent(values::add);
            complete &= value.isPresent();
        }
        return complete ? Optional.of(values) : Optional.empty();
    }

    /** A mapping whose keys are among {@code keys} (each unknown or repeated key is reported). */
    Optional<YamlMapping> mapping(List<String> keys) {
        if (!(node instanceof MappingNode)) {
            return mismatch("a mapping with keys " + String.join(", ", keys));
        }
        return Optional.of(new YamlMapping(this, keys));
    }

    /** A mapping with these keys, read with {@code read}. */
    <T> Optional<T> mapping(List<String> keys, Function<YamlMapping, Optional<T>> read) {
        return mapping(keys).flatMap(read);
    }

    /** One of a fixed set of words. */
    <E> Optional<E> choice(Choices<E> choices) {
        return text().flatMap(word -> {
            Optional<E> chosen = choices.find(word);
            if (chosen.isEmpty()) {
                error(choices.refusal(word));
            }
            return chosen;
        });
    }

    /** Reports {@code message} as an error unless {@code ok}; returns {@code ok}. */
    boolean check(boolean ok, String message) {
        if (!ok) {
            error(message);
        }
        return ok;
    }

    void error(String message) {
        problems.error(node, path, message);
    }

    void warning(String message) {
        problems.warning(node, path, message);
    }

    /** The 1-based line of the node, for messages such as "first at line 12". */
    int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** How the node reads in a message: {@code "12 hrs"}, a list, a mapping, nothing. */
    String describe() {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.getTag().equals(Tag.NULL)) {
            return "nothing";
        }
        String text = scalar.getValue();
        return "\"" + (text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) + "…" : text) + "\"";
    }

    private <T> Optional<T> mismatch(String expected) {
        error("expected " + expected + ", got " + describe());
        return Optional.empty();
    }

    private static String expectation(Dimension dimension) {
        return dimension.description() + " such as \"" + dimension.examples().get(0) + "\" or \""
                + dimension.examples().get(1) + "\"";
    }

    private static String suffix(String unit) {
        return unit.isEmpty() || unit.equals("1") ? "" : " " + unit;
    }
}
