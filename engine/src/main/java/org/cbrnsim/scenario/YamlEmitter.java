package org.cbrnsim.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a tree of ordered mappings ({@link Map}, in its iteration order), lists, {@link Flow} (one line),
 * {@link Plain} (numbers and words written as they are) and strings (quoted unless plainly a word) as
 * block-style YAML: deterministic, two spaces per level, read back by {@link SafeYaml} unchanged.
 */
final class YamlEmitter {

    private static final String INDENT = "  ";
    private static final Pattern PLAIN_TEXT = Pattern.compile("[A-Za-z][A-Za-z0-9 _./°%-]*[A-Za-z0-9°%]|[A-Za-z]");
    /** Words YAML 1.1 reads as booleans or null, which a string must not be written as plainly. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    /** A number or word written exactly as given. */
    record Plain(String text) {
    }

    /** A mapping or list written on one line, {@code {lat: 48.4, lon: 27.8}} or {@code [a, b]}. */
    record Flow(Object value) {
    }

    private YamlEmitter() {
    }

    static String write(Map<String, Object> document) {
        StringBuilder out = new StringBuilder();
        mapping(document, "", out);
        return out.toString();
    }

    private static void mapping(Map<String, Object> entries, String indent, StringBuilder out) {
        entries.forEach((key, value) -> {
            out.append(indent).append(key).append(':');
            value(value, indent, out);
        });
    }

    /** The rest of a "key:" or "- " line, and the block under it. */
    private static void value(Object value, String indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            mapping(entries(map), indent + INDENT, out);
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append('\n');
            for (Object item : list) {
                out.append(indent).append(INDENT).append('-');
                if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                    StringBuilder block = new StringBuilder();
                    mapping(entries(map), indent + INDENT + INDENT, block);
                    out.append(' ').append(block.substring(indent.length() + 2 * INDENT.length()));
                } else {
                    value(item, indent + INDENT, out);
                }
            }
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static String inline(Object value) {
        if (value instanceof Flow flow) {
            return inline(flow.value());
        }
        if (value instanceof Plain plain) {
            return plain.text();
        }
        if (value instanceof Map<?, ?> map) {
            return entries(map).entrySet().stream().map(e -> e.getKey() + ": " + inline(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(YamlEmitter::inline).collect(Collectors.joining(", ", "[", "]"));
        }
        return text((String) value);
    }

    /** A string plainly when it is a word that reads back as that string, else double-quoted with escapes. */
    static String text(String text) {
        if (PLAIN_TEXT.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entries(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
