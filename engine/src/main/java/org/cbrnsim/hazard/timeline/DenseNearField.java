package org.cbrnsim.hazard.timeline;

import org.cbrnsim.hazard.densegas.BritterMcQuaidPlume;
import org.cbrnsim.hazard.dispersion.GaussianPuffField;

import java.util.ArrayList;
import java.util.List;

/**
 * The dense-gas near field of the simulated cloud: the mass a dense release let out during a time step,
 * as elements that slump and entrain air as the Britter–McQuaid (1988) plume of that step says
 * ({@link BritterMcQuaidPlume}: centreline c<sub>0</sub>·C*(x/D) from the workbook's correlations, top-hat
 * half-width L<sub>H</sub>(x) by gravity spreading, bounded for a finite release by its whole volume as one puff
 * of the element's age, {@link BritterMcQuaidPlume#halfWidthM(double, double)}), until
 * they reach the end of the correlations at x<sub>e</sub>, where each is handed to the passive puff field.
 *
 * <p>An element of mass m emitted over Δt<sub>e</sub> is shown to the puff field as ground-level Gaussian puffs
 * (so that every reader of the field, rasters and exposure, sees it) with σ<sub>z</sub> = m/(√(2π)·s·L<sub>H</sub>·c),
 * s = U·Δt<sub>e</sub> the element's length along the wind U: a row of such elements has the dense plume's mass
 * flux and its centreline concentration c. A round puff has σ<sub>x</sub> = σ<sub>y</sub>, so one puff as wide as
 * the plume (σ = L<sub>H</sub>·√(2/π), the same flux at the same centre value as the top hat) would smear the
 * steep near-source profile along the wind; where L<sub>H</sub> is large compared with the travel x, the element is
 * shown as up to {@value #MIN_ACROSS}–{@value #MAX_ACROSS} narrower puffs side by side across the top hat (fewer the more
 * elements there are, {@value #DENSE_PUFF_BUDGET} in all), of σ ≈
 * {@value #ALONG_WIND_SMOOTHING}·x (a smoothing that changes a profile c ∝ x⁻² by about 3(σ/x)² ≈ 7 % [D]).
 * At x<sub>e</sub> the element becomes one round passive puff (or a few along the wind) with σ<sub>h</sub> =
 * L<sub>H</sub>·√(2/π) and the same σ<sub>z</sub>, grown over the part of the step it travelled beyond
 * x<sub>e</sub>, which grows on from virtual travel distances ({@link GaussianPuffField#addPuffWithSpread}):
 * mass, width and concentration are carried over.
 *
 * <p>Elements move with the field's ground-level transport wind, like the passive puffs, so a steady dense
 * release in constant weather gives the steady plume of the stand-alone assessment. Their travel distance
 * x is measured along their path. Dry deposition and meander act on passive puffs only [A].
 */
final class DenseNearField {

    /** Puffs side by side across the wind for one dense element: at least this many may be used ... */
    static final int MIN_ACROSS = 6;
    /** ... and at most this many, as far as {@link #DENSE_PUFF_BUDGET} allows. */
    static final int MAX_ACROSS = 64;
    /** Puffs side by side shared out among the elements, a bound on the cost of the dense phase [A]. */
    static final int DENSE_PUFF_BUDGET = 600;
    /** Most puffs along the wind for one element. */
    static final int MAX_ALONG = 4;
    /** Along-wind spread of a dense element's puffs as a fraction of its travel distance [A]. */
    static final double ALONG_WIND_SMOOTHING = 0.15;
    /** Spread of side-by-side puffs as a fraction of their spacing, so that their sum is flat across the top hat. */
    static final double ROW_OVERLAP = 0.6;

    private final List<Element> elements = new ArrayList<>();

    /** One element: mass, centre, travel distance, the plume it belongs to and its emission interval. */
    private static final class Element {
        final double massKg;
        final double intervalS;
        final BritterMcQuaidPlume plume;
        double xM;
        double yM;
        double travelM;
        double ageS;

        Element(double massKg, double intervalS, BritterMcQuaidPlume plume, double xM, double yM, double travelM,
                double ageS) {
            this.massKg = massKg;
            this.intervalS = intervalS;
            this.plume = plume;
            this.xM = xM;
            this.yM = yM;
            this.travelM = travelM;
            this.ageS = ageS;
        }

        double halfWidthM(double atM) {
            return plume.halfWidthM(atM, ageS);
        }
    }

    /**
     * Adds the mass a dense source released during the step just ended as {@code count} elements emitted at the
     * middles of equal sub-intervals, each where the wind (u, v) has carried it by the end of the step.
     */
    void emit(BritterMcQuaidPlume plume, double massKg, double dtS, int count, double sourceXM, double sourceYM,
              double windUMps, double windVMps) {
        double speed = Math.hypot(windUMps, windVMps);
        for (int k = 0; k < count; k++) {
            double ageS = (count - k - 0.5) / count * dtS;
            elements.add(new Element(massKg / count, dtS / count, plume, sourceXM + windUMps * ageS,
                    sourceYM + windVMps * ageS, speed * ageS, ageS));
        }
    }

    /** Moves every element with the wind (u, v) for {@code dtS} seconds. */
    void advance(double dtS, double windUMps, double windVMps) {
        double stepM = Math.hypot(windUMps, windVMps) * dtS;
        for (Element e : elements) {
            e.xM += windUMps * dtS;
            e.yM += windVMps * dtS;
            e.travelM += stepM;
            e.ageS += dtS;
        }
    }

    /** Hands the elements that have passed the end of their correlations to the passive puffs. */
    void handOver(GaussianPuffField puffs, double windUMps, double windVMps) {
        elements.removeIf(e -> {
            if (e.travelM <= e.plume.transitionM()) {
                return false;
            }
            double atM = e.plume.transitionM();
            double halfWidthM = e.halfWidthM(atM);
            show(e, puffs, windUMps, windVMps, atM, 1, halfWidthM * Math.sqrt(2 / Math.PI), e.travelM - atM);
            return true;
        });
    }

    /** Appends the elements still dense to the puff field, as they are now; returns how many puffs were added. */
    int appendTo(GaussianPuffField puffs, double windUMps, double windVMps) {
        int before = puffs.size();
        int maxAcross = (int) Math.max(MIN_ACROSS, Math.min(MAX_ACROSS, DENSE_PUFF_BUDGET / Math.max(1, elements.size())));
        for (Element e : elements) {
            double halfWidthM = e.halfWidthM(e.travelM);
            double roundSigmaM = halfWidthM * Math.sqrt(2 / Math.PI);
            double wantedSigmaM = Math.max(ALONG_WIND_SMOOTHING * e.travelM, Math.hypot(windUMps, windVMps) * e.intervalS);
            int across = (int) Math.min(maxAcross, Math.max(1, Math.ceil(roundSigmaM / wantedSigmaM)));
            double sigmaM = across == 1 ? roundSigmaM : Math.max(wantedSigmaM, ROW_OVERLAP * 2 * halfWidthM / across);
            show(e, puffs, windUMps, windVMps, e.travelM, across, sigmaM, 0);
        }
        return puffs.size() - before;
    }

    /**
     * Adds element {@code e} as {@code across} × n puffs of horizontal spread {@code sigmaM}: {@code across}
     * side by side over the top hat's width (one, of σ = L<sub>H</sub>√(2/π), when 1), n ≤ {@value #MAX_ALONG} along
     * the wind over its length s; σ<sub>z</sub> = m/(√(2π)·s·L<sub>H</sub>·c) gives the dense cloud's centreline c.
     */
    private static void show(Element e, GaussianPuffField puffs, double windUMps, double windVMps, double atM,
                             int across, double sigmaM, double grownM) {
        double speed = Math.hypot(windUMps, windVMps);
        double lengthM = speed * e.intervalS;
        double halfWidthM = e.halfWidthM(atM);
        int along = (int) Math.min(MAX_ALONG, Math.max(1, Math.ceil(lengthM / sigmaM)));
        double pieceMass = e.massKg / (across * along);
        double sigmaZ = e.massKg / (Math.sqrt(2 * Math.PI) * lengthM * halfWidthM * e.plume.denseCentrelineKgPerM3(atM));
        double ux = speed > 0 ? windUMps / speed : 1;
        double uy = speed > 0 ? windVMps / speed : 0;
        double rowSpacingM = 2 * halfWidthM / across;
        for (int i = 0; i < along; i++) {
            double downwind = (i + 0.5 - along / 2.0) * lengthM / along;
            for (int j = 0; j < across; j++) {
                double crosswind = across == 1 ? 0 : (j + 0.5 - across / 2.0) * rowSpacingM;
                puffs.addPuffWithSpread(pieceMass, e.xM + ux * downwind - uy * crosswind,
                        e.yM + uy * downwind + ux * crosswind, 0, e.travelM, sigmaM, sigmaZ, grownM);
            }
        }
    }

    /** Mass in the dense phase (kg). */
    double massKg() {
        return elements.stream().mapToDouble(e -> e.massKg).sum();
    }

    /** Number of elements. */
    int size() {
        return elements.size();
    }
}
