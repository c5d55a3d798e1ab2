package org.cbrnsim.scenario;

/**
 * Where people are: shares of the residents indoors, outdoors and in vehicles, adding up to 1.
 *
 * @param indoors  share in buildings
 * @param outdoors share in the open
 * @param vehicle  share in vehicles
 */
public record LocationShares(double indoors, double outdoors, double vehicle) {

    /** @throws IllegalArgumentException for a share outside 0–1 or shares not adding up to 1 */
    public LocationShares {
        Check.fraction("indoor share", indoors);
        Check.fraction("outdoor share", outdoors);
        Check.fraction("vehicle share", vehicle);
        Check.sumIsOne("indoor + outdoor + vehicle shares", indoors + outdoors + vehicle);
    }
}
