package org.cbrnsim.hazard.source;

/**
 * One steady step of a release: a constant emission rate into the air between two times.
 * ALOHA summarises a time-varying source as up to five such steps (Jones et al. 2013, ALOHA 5.4.4
 * Technical Documentation, §3) and superposes their clouds.
 *
 * @param startS     start, seconds after the release began (≥ 0)
 * @param endS       end, seconds after the release began (&gt; start)
 * @param rateKgPerS emission rate into the air (kg/s, ≥ 0)
 */
public record ReleaseStep(double startS, double endS, double rateKgPerS) {

    public ReleaseStep {
        if (!(startS >= 0) || !(endS > startS)) {
            throw new IllegalArgumentException("release step needs 0 <= start < end, got " + startS + " .. " + endS + " s");
        }
        if (!(rateKgPerS >= 0) || Double.isInfinite(rateKgPerS)) {
            throw new IllegalArgumentException("release rate must be a finite value >= 0 kg/s, got " + rateKgPerS);
        }
    }

    /** Duration of the step (s). */
    public double durationS() {
        return endS - startS;
    }

    /** Mass released in the step (kg). */
    public double massKg() {
        return rateKgPerS * durationS();
    }
}
