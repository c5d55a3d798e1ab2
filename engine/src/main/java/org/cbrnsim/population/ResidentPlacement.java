package org.cbrnsim.population;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Creates the residents of a scenario: each place's agents uniformly distributed over a disc of
 * the place's radius around its centre (r = R·√u, θ = 2π·v, which gives a uniform area density),
 * with building types drawn by the place's shares and T0 locations by the start shares. All draws
 * come from the "placement" stream, resident by resident in place order: four uniforms each
 * (radius, angle, building, location), so the same stream gives the same residents.
 */
public final class ResidentPlacement {

    private ResidentPlacement() {
    }

    /**
     * The residents of {@code places}, in the order given, for {@code placeCount} places and
     * {@code countryCount} countries.
     */
    public static Residents place(List<ResidentPlace> places, int placeCount, int countryCount,
                                  StartShares atStart, RandomGenerator placement) {
        long total = 0;
        for (ResidentPlace p : places) {
            if (p.place() >= placeCount || p.country() >= countryCount) {
                throw new IllegalArgumentException("place " + p.place() + " / country " + p.country()
                        + " outside the " + placeCount + " places / " + countryCount + " countries");
            }
            total += p.agents();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many agents for one population: " + total
                    + "; raise population.scale");
        }
        Residents residents = new Residents((int) total, placeCount, countryCount);
        int i = 0;
        for (ResidentPlace p : places) {
            for (int k = 0; k < p.agents(); k++, i++) {
                double r = p.radiusM() * Math.sqrt(placement.nextDouble());
                double theta = 2.0 * Math.PI * placement.nextDouble();
                float x = (float) (p.xM() + r * Math.cos(theta));
                float y = (float) (p.yM() + r * Math.sin(theta));
                residents.homePlace[i] = p.place();
                residents.country[i] = (byte) p.country();
                residents.homeXM[i] = x;
                residents.homeYM[i] = y;
                residents.xM[i] = x;
                residents.yM[i] = y;
                residents.building[i] = p.buildings().pick(placement.nextDouble()).code();
                residents.location[i] = atStart.pick(placement.nextDouble()).code();
            }
        }
        return residents;
    }
}
