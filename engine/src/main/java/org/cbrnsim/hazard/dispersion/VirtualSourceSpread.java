package org.cbrnsim.hazard.dispersion;

/**
 * The spread of a passive cloud that starts with given widths σy0, σz0 rather than from a point: the
 * σ curves of a base {@link PlumeSpread} shifted by separate virtual distances ξy, ξz at which they reach
 * σy0 and σz0, σy(d) = σy,base(d + ξy), σz(d) = σz,base(d + ξz) (the virtual-source method: Petersen &amp;
 * Lavdas 1986, INPUFF 2.0, EPA/600/8-86/024; Scire et al. 2000, CALPUFF user's guide §2.3). Used where a
 * dense cloud of known width and depth hands over to passive dispersion. The virtual distances are found as
 * {@link GaussianPuffField} finds them, so a steady plume and a stream of puffs handed over with the same
 * σ agree; a σ beyond what a capped curve ever reaches (Briggs' stable σz) is held at the curve's value at
 * 10⁴ km, as in the puff field.
 */
public final class VirtualSourceSpread implements PlumeSpread {

    private final PlumeSpread base;
    private final double virtualYM;
    private final double virtualZM;

    /**
     * @param base         σ curves of the passive cloud
     * @param sigmaY0M     crosswind σ at d = 0 (m), &gt; 0
     * @param sigmaZ0M     vertical σ at d = 0 (m), &gt; 0
     */
    public VirtualSourceSpread(PlumeSpread base, double sigmaY0M, double sigmaZ0M) {
        if (base == null) {
            throw new IllegalArgumentException("a virtual source needs base σ curves, got none");
        }
        if (!(sigmaY0M > 0) || !(sigmaZ0M > 0) || Double.isInfinite(sigmaY0M) || Double.isInfinite(sigmaZ0M)) {
            throw new IllegalArgumentException("initial σ must be finite and > 0 m, got σy " + sigmaY0M + ", σz " + sigmaZ0M);
        }
        this.base = base;
        this.virtualYM = GaussianPuffField.virtualTravel(base::sigmaYM, sigmaY0M);
        this.virtualZM = GaussianPuffField.virtualTravel(base::sigmaZM, sigmaZ0M);
    }

    @Override
    public double sigmaYM(double xM) {
        return base.sigmaYM(Math.max(0, xM) + virtualYM);
    }

    @Override
    public double sigmaZM(double xM) {
        return base.sigmaZM(Math.max(0, xM) + virtualZM);
    }

    /** Virtual crosswind distance ξy (m). */
    public double virtualYM() {
        return virtualYM;
    }

    /** Virtual vertical distance ξz (m). */
    public double virtualZM() {
        return virtualZM;
    }

    @Override
    public String name() {
        return base.name() + " from a virtual source";
    }
}
