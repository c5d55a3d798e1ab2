package org.cbrnsim.scenario;

/** An AEGL tier, naming a threat-zone footprint (who is warned) or a concentration people notice. */
public enum AeglLevel {
    AEGL_1(1), AEGL_2(2), AEGL_3(3);

    private final int tier;

    AeglLevel(int tier) {
        this.tier = tier;
    }

    /** 1, 2 or 3. */
    public int tier() {
        return tier;
    }

    /** The spelling in a scenario file, e.g. "AEGL-2". */
    public String yamlName() {
        return "AEGL-" + tier;
    }
}
