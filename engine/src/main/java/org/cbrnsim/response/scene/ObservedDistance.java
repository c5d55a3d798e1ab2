package org.cbrnsim.response.scene;

/** What detection units' readings show: how far from the source a guideline tier is exceeded now. */
@FunctionalInterface
public interface ObservedDistance {

    /** Distance (m) from the source to which AEGL tier {@code tier} (1–3) is exceeded at {@code tS}; 0 when nowhere. */
    double downwindM(int tier, double tS);
}
