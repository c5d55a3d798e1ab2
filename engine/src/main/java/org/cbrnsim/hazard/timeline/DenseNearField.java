package org.cbrnsim.hazard.timeline;

import org.cbrnsim.hazard.densegas.BritterMcQuaidPlume;
import org.cbrnsim.hazard.dispersion.GaussianPuffField;

import java.util.ArrayList;
import java.util.List;

/**
 * The dense-gas near field of the simulated cloud: the mass a dense release let out during a time step,
 * as elements that slump and entrain air as the Britter–McQuaid (1988) plume of that step says
 * ({@link BritterMcQuaidPlume}: centreline c<sub>0</sub>·C*(x/D) from the workbook's correlations, top-hat
 * half-width L<sub>H</sub>(x) by gravity spreading, bounded for a finite release by its whole volume), until
 * they reach the end of the correlations at x<sub>e</sub>, where each is handed to the passive puff field.
 *
 * <p>An element of mass m emitted over Δt<sub>e</sub> is shown to the puff field as a ground-level Gaussian puff
 * (so that every reader of the field, rasters and exposure, sees it) with σ<sub>h</sub> = L<sub>H</sub>·√(2/π) and
 * σ<sub>z</sub> = m/(π σ<sub>h</sub> c s), s = U·Δt<sub>e</sub> the spacing of consecutive elements along the wind U:
 * a row of such puffs has the dense plume's mass flux, its centreline concentration c and its crosswind
 * flux-weighted width (the top-hat ↔ Gaussian equivalence of {@link BritterMcQuaidPlume}). Where s exceeds
 * σ<sub>h</sub> (narrow plumes near the source) an element is shown as up to {@value #MAX_PIECES} equal pieces
 * spaced along the wind so the row stays smooth. At x<sub>e</sub> the element becomes passive puffs with the
 * same σ<sub>h</sub> and σ<sub>z</sub>, which grow on from virtual travel distances
 * ({@link GaussianPuffField#addPuffWithSpread}): mass, width and concentration are carried over.
 *
 * <p>Elements move with the field's ground-level transport wind, like the passive puffs, so a steady dense
 * release in constant weather gives the steady plume of the stand-alone assessment. Their travel distance
 * x is measured along their path. Dry deposition and meander act on passive puffs only [A].
 */
final class DenseNearField {

    /** Most pieces one element is shown as. */
    static final int MAX_PIECES = 16;

    private final List<Element> elements = new ArrayList<>();

    /** One element: mass, centre, travel distance, the plume it belongs to and its emission interval. */
    private static final class Element {
        final double massKg;
        final double intervalS;
        final BritterMcQuaidPlume plume;
        double xM;
        double yM;
        double travelM;

        Element(double massKg, double intervalS, BritterMcQuaidPlume plume, double xM, double yM, double travelM) {
            this.massKg = massKg;
            this.intervalS = intervalS;
            this.plume = plume;
            this.xM = xM;
            this.yM = yM;
            this.travelM = travelM;
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
                    sourceYM + windVMps * ageS, speed * ageS));
        }
    }

    /** Moves every element with the wind (u, v) for {@code dtS} seconds. */
    void advance(double dtS, double windUMps, double windVMps) {
        double stepM = Math.hypot(windUMps, windVMps) * dtS;
        for (Element e : elements) {
            e.xM += windUMps * dtS;
            e.yM += windVMps * dtS;
            e.travelM += stepM;
        }
    }

    /** Hands the elements that have passed the end of their correlations to the passive puffs. */
    void handOver(GaussianPuffField puffs, double windUMps, double windVMps) {
        elements.removeIf(e -> {
            if (e.travelM <= e.plume.transitionM()) {
                return false;
            }
            show(e, puffs, windUMps, windVMps, e.plume.transitionM());
            return true;
        });
    }

    /** Appends the elements still dense to the puff field, as they are now; returns how many puffs were added. */
    int appendTo(GaussianPuffField puffs, double windUMps, double windVMps) {
        int before = puffs.size();
        for (Element e : elements) {
            show(e, puffs, windUMps, windVMps, e.travelM);
        }
        return puffs.size() - before;
    }

    private static void show(Element e, GaussianPuffField puffs, double windUMps, double windVMps, double atM) {
        double speed = Math.hypot(windUMps, windVMps);
        double spacingM = speed * e.intervalS;
        double sigmaH = e.plume.halfWidthM(atM) * Math.sqrt(2 / Math.PI);
        int pieces = (int) Math.min(MAX_PIECES, Math.max(1, Math.ceil(spacingM / sigmaH)));
        double pieceMass = e.massKg / pieces;
        double pieceSpacing = spacingM / pieces;
        double sigmaZ = pieceMass / (Math.PI * sigmaH * e.plume.denseCentrelineKgPerM3(atM) * pieceSpacing);
        double ux = speed > 0 ? windUMps / speed : 0;
        double uy = speed > 0 ? windVMps / speed : 0;
        for (int p = 0; p < pieces; p++) {
            double offset = (p + 0.5 - pieces / 2.0) * pieceSpacing;
            puffs.addPuffWithSpread(pieceMass, e.xM + ux * offset, e.yM + uy * offset, 0, e.travelM, sigmaH, sigmaZ);
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
