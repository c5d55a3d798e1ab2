package org.cbrnsim.hazard.substance;

/** Test helper: a coefficient set of the bundled library, found by substance, property and label. */
final class NamedSet {

    private NamedSet() {
    }

    static Correlation of(String id, SubstanceProperty property, String label) {
        return SubstanceLibrary.bundled().entry(id).orElseThrow().property(property).sets().stream()
                .filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no " + property + " set \"" + label + "\""));
    }
}
