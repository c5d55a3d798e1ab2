package org.cbrnsim.population;

/** How an evacuee travels: by car (in a {@link LocationState#VEHICLE}) or on foot (outdoors). */
public enum TravelMode {
    CAR,
    FOOT
}
