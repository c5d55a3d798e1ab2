package org.cbrnsim.population;

import org.cbrnsim.hazard.substance.DataFileYaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Reads {@code indoor-sinks.yaml} (format 1, described in its header) with SnakeYAML's
 * {@link SafeConstructor} (maps, lists, strings, numbers only; duplicate keys refused). Every error
 * is an {@link IllegalArgumentException} naming the file, the path and what is wrong, e.g.
 * {@code indoor-sinks.yaml: substances[2].indoor_loss_per_h.value: must be >= 0, got -1}.
 */
final class IndoorSinkFileReader {

    private static final int FORMAT = 1;
    private static final double SECONDS_PER_HOUR = 3600.0;
    private static final double SECONDS_PER_MINUTE = 60.0;
    private static final Set<String> ROOT_KEYS = Set.of("format", "sources", "odour_response", "substances");
    private static final Set<String> RESPONSE_KEYS = Set.of("share", "delay_min");
    private static final Set<String> SUBSTANCE_KEYS = Set.of("id", "indoor_loss_per_h", "odour_threshold_ppm");
    private static final Set<String> VALUE_KEYS = Set.of("value", "source");
    private static final Set<String> NONE_KEYS = Set.of("none", "source");

    private final String fileName;

    IndoorSinkFileReader(String fileName) {
        this.fileName = fileName;
    }

    /** The entries of the file, keyed by substance id, in file order. */
    Map<String, IndoorSink> read(String yamlText) {
        Object parsed = DataFileYaml.parse(fileName, yamlText);
        Map<?, ?> root = map(parsed, "(root)", ROOT_KEYS);
        Object format = root.get("format");
        if (!(format instanceof Integer f && f == FORMAT)) {
            throw error("format", "this engine reads format " + FORMAT + ", got " + format);
        }
        map(root.get("sources"), "sources", null);
        OdourResponse response = response(map(root.get("odour_response"), "odour_response", RESPONSE_KEYS));
        Object list = root.get("substances");
        if (!(list instanceof List<?> substances) || substances.isEmpty()) {
            throw error("substances", "must be a non-empty list, got " + list);
        }
        Map<String, IndoorSink> result = new LinkedHashMap<>();
        for (int i = 0; i < substances.size(); i++) {
            String path = "substances[" + i + "]";
            IndoorSink sink = substance(map(substances.get(i), path, SUBSTANCE_KEYS), path, response);
            if (result.put(sink.substanceId(), sink) != null) {
                throw error(path + ".id", "\"" + sink.substanceId() + "\" is given twice");
            }
        }
        return result;
    }

    private OdourResponse response(Map<?, ?> node) {
        double share = value(node, "odour_response.share", "share");
        double delayS = value(node, "odour_response.delay_min", "delay_min") * SECONDS_PER_MINUTE;
        try {
            return new OdourResponse(share, delayS);
        } catch (IllegalArgumentException e) {
            throw error("odour_response", e.getMessage());
        }
    }

    private IndoorSink substance(Map<?, ?> node, String path, OdourResponse response) {
        if (!(node.get("id") instanceof String id) || id.isBlank()) {
            throw error(path + ".id", "must be a substance id, got " + node.get("id"));
        }
        double lossPerH = value(node, path + ".indoor_loss_per_h", "indoor_loss_per_h");
        double thresholdPpm = odourThreshold(node, path + ".odour_threshold_ppm");
        try {
            return new IndoorSink(id, lossPerH / SECONDS_PER_HOUR, thresholdPpm, response);
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    private double odourThreshold(Map<?, ?> node, String path) {
        Object threshold = node.get("odour_threshold_ppm");
        if (threshold instanceof Map<?, ?> m && m.containsKey("none")) {
            map(m, path, NONE_KEYS);
            requireSource(m, path);
            if (!(m.get("none") instanceof String reason) || reason.isBlank()) {
                throw error(path + ".none", "must give the reason the gas cannot be smelled");
            }
            return Double.POSITIVE_INFINITY;
        }
        return value(node, path, "odour_threshold_ppm");
    }

    /** The number under {@code key: {value, source}}, finite and ≥ 0. */
    private double value(Map<?, ?> parent, String path, String key) {
        Map<?, ?> node = map(parent.get(key), path, VALUE_KEYS);
        requireSource(node, path);
        if (!(node.get("value") instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw error(path + ".value", "must be a number, got " + node.get("value"));
        }
        if (number.doubleValue() < 0) {
            throw error(path + ".value", "must be >= 0, got " + number);
        }
        return number.doubleValue();
    }

    private void requireSource(Map<?, ?> node, String path) {
        if (!(node.get("source") instanceof String source) || source.isBlank()) {
            throw error(path + ".source", "every value needs its source");
        }
    }

    /** {@code node} as a map allowing only {@code keys} (null: any key). */
    private Map<?, ?> map(Object node, String path, Set<String> keys) {
        if (!(node instanceof Map<?, ?> map)) {
            throw error(path, "must be a mapping, got " + (node == null ? "nothing" : node));
        }
        if (keys != null) {
            List<Object> unknown = new ArrayList<>(map.keySet());
            unknown.removeAll(keys);
            if (!unknown.isEmpty()) {
                throw error(path, "unknown key " + unknown.get(0) + "; allowed: " + keys.stream().sorted().toList());
            }
        }
        return map;
    }

    private IllegalArgumentException error(String path, String message) {
        return new IllegalArgumentException(fileName + ": " + path + ": " + message);
    }
}
