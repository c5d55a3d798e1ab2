package org.cbrnsim.hazard.dispersion;

/** A spread term of the power-law form σ = a·x<sup>b</sup>, the form of the Slade, Beals and ISC3 σz fits. */
record PowerLaw(double a, double b) {

    double at(double x) {
        return a * Math.pow(x, b);
    }
}
