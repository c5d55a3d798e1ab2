package org.cbrnsim.hazard.substance;

/** Placeholder, replaced by the substance-library work: a lethality probit Y = a + b ln(Cⁿ t). */
public record ProbitFunction() {
}
