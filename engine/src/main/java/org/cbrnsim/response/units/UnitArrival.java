package org.cbrnsim.response.units;

/** Told when a unit reaches a place it was sent to, at the exact time it arrives. */
@FunctionalInterface
public interface UnitArrival {

    /** Does nothing. */
    UnitArrival NONE = (unit, placeId, tS) -> {
    };

    /** {@code unit} reached {@code placeId} at {@code tS}. */
    void arrived(ResponseUnit unit, String placeId, double tS);

    /** This, then {@code next}. */
    default UnitArrival andThen(UnitArrival next) {
        return (unit, placeId, tS) -> {
            arrived(unit, placeId, tS);
            next.arrived(unit, placeId, tS);
        };
    }
}
