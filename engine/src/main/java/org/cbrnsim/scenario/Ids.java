package org.cbrnsim.scenario;

import java.util.Optional;
import java.util.regex.Pattern;

/** The shape of ids in a scenario file: lower-case letters, digits and hyphens, starting with a letter or digit. */
final class Ids {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Ids() {
    }

    static void requireId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must be lower-case letters, digits and hyphens, got " + id);
        }
    }

    /** An id as a value of a scenario file: a text of the right shape. */
    static Optional<String> read(YamlValue value) {
        return value.text().filter(id -> value.check(ID.matcher(id).matches(),
                "expected an id of lower-case letters, digits and hyphens such as \"tank-car\", got " + value.describe()));
    }
}
