package org.cbrnsim.response.scene;

import java.util.Objects;

/**
 * A non-ambulatory casualty waiting in the hot zone to be carried out.
 *
 * @param id the integrator's id (e.g. the patient id {@code p<resident index>})
 * @param xM where the casualty lies (local metres east)
 * @param yM where the casualty lies (local metres north)
 */
public record RescueCasualty(String id, double xM, double yM) {

    public RescueCasualty {
        Objects.requireNonNull(id, "id");
        if (!Double.isFinite(xM) || !Double.isFinite(yM)) {
            throw new IllegalArgumentException("casualty " + id + " needs a finite position, got (" + xM + ", " + yM + ")");
        }
    }
}
