package org.cbrnsim.viz.run;

/** The number of a threat tier named "AEGL-3", "ERPG-2" … (3 the most severe, 1 the least). */
final class TierName {

    private TierName() {
    }

    /**
     * @throws IllegalArgumentException when the name does not end in "-1", "-2" or "-3"
     */
    static int level(String tier) {
        int dash = tier.lastIndexOf('-');
        String number = dash < 0 ? "" : tier.substring(dash + 1);
        return switch (number) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> throw new IllegalArgumentException("tier must be named like \"AEGL-1\" … \"AEGL-3\", got \"" + tier + "\"");
        };
    }
}
