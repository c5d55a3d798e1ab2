package org.cbrnsim.geo;

/**
 * Two country areas that overlap by more than the border tolerance (see {@link Countries#overlaps()}).
 *
 * @param codeA  the first country, in the order the countries were given
 * @param codeB  the second country
 * @param areaM2 the area the two have in common (m²)
 */
public record CountryOverlap(String codeA, String codeB, double areaM2) {
}
