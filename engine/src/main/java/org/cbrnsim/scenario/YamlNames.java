package org.cbrnsim.scenario;

import java.util.Locale;

/** How the format spells enum values: lower case with hyphens ("cell-broadcast", "full-scale"). */
final class YamlNames {

    private YamlNames() {
    }

    static String hyphenated(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
