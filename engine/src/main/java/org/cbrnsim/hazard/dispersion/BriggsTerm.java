package org.cbrnsim.hazard.dispersion;

/**
 * One term of the Briggs (1973) interpolation formulas, σ = a·x·(1 + b·x)<sup>c</sup> with x and σ
 * in metres. Every σy and σz of Briggs's open-country and urban sets has this form (Briggs 1973,
 * as tabulated in Gifford 1976 and in ALOHA 5.4.4 Technical Documentation, Jones et al. 2013,
 * Table 13).
 */
record BriggsTerm(double a, double b, double c) {

    double at(double xM) {
        return a * xM * Math.pow(1 + b * xM, c);
    }
}
