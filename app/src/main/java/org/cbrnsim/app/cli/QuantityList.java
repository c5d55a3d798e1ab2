package org.cbrnsim.app.cli;

import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;

import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated list of quantities where the unit may be written once, after the last value:
 * "200,500,1000m" is 200 m, 500 m and 1000 m; "20ppm,2ppm" works too.
 */
public final class QuantityList {

    private QuantityList() {
    }

    /**
     * Parses the list to SI values.
     *
     * @throws IllegalArgumentException naming the option and what is expected
     */
    public static List<Double> parse(String option, String text, Dimension dimension) {
        String[] items = text.split(",");
        String last = items[items.length - 1].strip();
        String lastUnit = last.matches("[-+]?[0-9.].*") ? last.replaceFirst("^[-+]?[0-9.]+([eE][-+]?[0-9]+)?\\s*", "") : "";
        List<Double> values = new ArrayList<>(items.length);
        for (String item : items) {
            String value = item.strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException(option + ": empty item in \"" + text + "\"; expected values such as "
                        + dimension.examples().get(0) + " separated by commas");
            }
            boolean bare = value.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?");
            try {
                values.add(QuantityParser.parse(bare ? value + lastUnit : value, dimension));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": " + e.getMessage());
            }
        }
        return List.copyOf(values);
    }
}
