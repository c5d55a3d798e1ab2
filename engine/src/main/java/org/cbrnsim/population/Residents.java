package org.cbrnsim.population;

import java.util.Arrays;

/**
 * All residents as a struct of arrays: element {@code i} of every array belongs to resident
 * {@code i}. No object per resident, so a million residents take about 55 bytes each here
 * (plus the grid cell and lethal threshold held by {@link OutdoorGrid} and {@link HealthUpdate}).
 * The arrays are live and public so that the kernels, the counts and a live view read them without
 * copying; only the kernels of this package write them.
 *
 * <p>Times are seconds since T0 as {@code float} (resolution 4 ms at 12 h); NaN means "not (yet)".
 */
public final class Residents {

    /** Flag bit in {@link #flags}: the building is sealed (sealed air exchange). */
    public static final byte SEALED = 1;
    /** Flag bit in {@link #flags}: the evacuee travels on foot (else by car). */
    public static final byte ON_FOOT = 2;
    /** Flag bit in {@link #flags}: the evacuee has departed and not arrived yet. */
    public static final byte EN_ROUTE = 4;
    /** Flag bit in {@link #flags}: the building air reached the odour threshold and the response was drawn. */
    public static final byte SMELT_GAS = 8;
    /** Flag bit in {@link #flags}: the warning receipt is the resident's own response to the smell: they shelter. */
    public static final byte ACTS_ON_ODOUR = 16;

    private final int count;
    private final int placeCount;
    private final int countryCount;

    /** Index of the resident's home place in the integrator's place list. */
    public final int[] homePlace;
    /** Index of the home place's country (0 … countryCount − 1), as an unsigned byte. */
    public final byte[] country;
    /** Home position, local metres east of the origin. */
    public final float[] homeXM;
    /** Home position, local metres north of the origin. */
    public final float[] homeYM;
    /** Current position, local metres east of the origin. */
    public final float[] xM;
    /** Current position, local metres north of the origin. */
    public final float[] yM;
    /** {@link BuildingType#code()} of the home building. */
    public final byte[] building;
    /** {@link LocationState#code()}. */
    public final byte[] location;
    /** Bit set of {@link #SEALED}, {@link #ON_FOOT}, {@link #EN_ROUTE}, {@link #SMELT_GAS}, {@link #ACTS_ON_ODOUR}. */
    public final byte[] flags;
    /**
     * Concentration in the resident's air box (kg/m³): the home building's indoor air while indoors
     * or outdoors near home, the cabin air while in a vehicle.
     */
    public final float[] boxKgPerM3;
    /** Toxic load Σ Cⁿ·Δt in the units of the probit in use ((ppm or mg/m³)ⁿ·min), 0 without one. */
    public final float[] toxicLoad;
    /** ∫ C dt of the breathed concentration since {@link #exposureStartS} (kg·s/m³), for the AEGL average. */
    public final float[] doseKgSPerM3;
    /** Start of the exposure: first step whose breathed concentration reached a level of concern; NaN before. */
    public final float[] exposureStartS;
    /** Highest AEGL tier exceeded so far (0–3). */
    public final byte[] aeglTier;
    /** {@link HealthState#code()}. */
    public final byte[] health;
    /**
     * Warning receipt time (s): the earliest channel or cloud-cue time scheduled so far. It may lie
     * in the future of the current step (a scheduled receipt); NaN when no warning will reach them.
     */
    public final float[] warnedS;
    /** {@link Decision#code()}. */
    public final byte[] decision;
    /** Departure time of an evacuee (s); NaN for everyone else. */
    public final float[] departureS;

    /**
     * {@code count} residents with every state at its start value (indoors, unsealed, not warned,
     * undecided, unexposed, no injury), for {@code placeCount} places and {@code countryCount}
     * countries; positions, places, countries and buildings are filled by {@link ResidentPlacement}.
     */
    public Residents(int count, int placeCount, int countryCount) {
        if (count < 0) {
            throw new IllegalArgumentException("number of residents must be >= 0, got " + count);
        }
        if (placeCount < 1) {
            throw new IllegalArgumentException("number of places must be >= 1, got " + placeCount);
        }
        if (countryCount < 1 || countryCount > 256) {
            throw new IllegalArgumentException("number of countries must be 1 to 256, got " + countryCount);
        }
        this.count = count;
        this.placeCount = placeCount;
        this.countryCount = countryCount;
        homePlace = new int[count];
        country = new byte[count];
        homeXM = new float[count];
        homeYM = new float[count];
        xM = new float[count];
        yM = new float[count];
        building = new byte[count];
        location = new byte[count];
        flags = new byte[count];
        boxKgPerM3 = new float[count];
        toxicLoad = new float[count];
        doseKgSPerM3 = new float[count];
        exposureStartS = nanArray(count);
        aeglTier = new byte[count];
        health = new byte[count];
        warnedS = nanArray(count);
        decision = new byte[count];
        departureS = nanArray(count);
    }

    private static float[] nanArray(int count) {
        float[] array = new float[count];
        Arrays.fill(array, Float.NaN);
        return array;
    }

    /** Number of residents (agents). */
    public int count() {
        return count;
    }

    /** Number of places; {@link #homePlace} values lie below it. */
    public int placeCount() {
        return placeCount;
    }

    /** Number of countries; {@link #country} values lie below it. */
    public int countryCount() {
        return countryCount;
    }

    /** The country index of resident {@code i} (0 … countryCount − 1). */
    public int countryOf(int i) {
        return country[i] & 0xFF;
    }

    /** Whether resident {@code i} has flag {@code flag} ({@link #SEALED}, {@link #ON_FOOT}, {@link #EN_ROUTE}). */
    public boolean has(int i, byte flag) {
        return (flags[i] & flag) != 0;
    }

    /** Sets or clears flag {@code flag} of resident {@code i}. */
    void set(int i, byte flag, boolean on) {
        flags[i] = (byte) (on ? flags[i] | flag : flags[i] & ~flag);
    }

    /** Whether resident {@code i} is dead. */
    public boolean isDead(int i) {
        return health[i] == HealthState.DEAD.code();
    }

    /** Whether resident {@code i} is alive and has not arrived at an evacuation destination: still in the hazard area. */
    public boolean inPlay(int i) {
        return health[i] != HealthState.DEAD.code() && location[i] != LocationState.ARRIVED.code();
    }

    /** Whether resident {@code i} has received a warning by time {@code tS}. */
    public boolean isWarned(int i, double tS) {
        return warnedS[i] <= tS;
    }
}
