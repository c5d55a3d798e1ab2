package org.cbrnsim.scenario;

/** Paths of values in a scenario file, as problems print them: {@code hazards[0].release.mass}. */
final class Paths {

    private Paths() {
    }

    static String key(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
