package org.cbrnsim.geo;

/**
 * A place where a path passes from one country into another (see {@link Countries#crossings}).
 *
 * @param at             where the path meets the border, local metres
 * @param fromCode       the country the path leaves
 * @param toCode         the country the path enters
 * @param distanceAlongM distance from the start of the path to {@code at} (m)
 */
public record BorderCrossing(LocalPoint at, String fromCode, String toCode, double distanceAlongM) {
}
