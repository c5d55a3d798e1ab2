package org.cbrnsim.response.scene;

/** The forecast the incident commander starts from: how far downwind a guideline tier is exceeded. */
@FunctionalInterface
public interface ForecastDistance {

    /** Downwind distance (m) of the forecast threat zone of AEGL tier {@code tier} (1–3); 0 when none. */
    double downwindM(int tier);
}
