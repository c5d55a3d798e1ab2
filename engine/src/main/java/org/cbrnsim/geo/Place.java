package org.cbrnsim.geo;

/**
 * A named place of a scenario (town, hospital, crossing …) at a point.
 *
 * @param id          unique id, {@code [a-z0-9-]+} as in the scenario format
 * @param name        display name
 * @param kind        what the place is
 * @param countryCode the ISO 3166-1 alpha-2 code of the country it is in
 * @param latDeg      WGS84 latitude (degrees north)
 * @param lonDeg      WGS84 longitude (degrees east)
 * @param xM          local x (metres east of the scenario origin)
 * @param yM          local y (metres north of the scenario origin)
 */
public record Place(String id, String name, PlaceKind kind, String countryCode, double latDeg, double lonDeg,
                    double xM, double yM) {

    public Place {
        if (id == null || !id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("place id must match [a-z0-9-]+, got " + id);
        }
        if (name == null || kind == null) {
            throw new IllegalArgumentException("place " + id + " needs a name and a kind");
        }
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("place " + id + " needs a two-letter country code, got " + countryCode);
        }
        LatLon.requireValid(latDeg, lonDeg);
        LocalPoint.requireFinite(xM, yM);
    }

    /** A place at a WGS84 position, its local coordinates computed with {@code projection}. */
    public static Place at(String id, String name, PlaceKind kind, String countryCode, double latDeg, double lonDeg,
                           LocalProjection projection) {
        LocalPoint local = projection.toLocal(latDeg, lonDeg);
        return new Place(id, name, kind, countryCode, latDeg, lonDeg, local.xM(), local.yM());
    }

    /** The place's local point. */
    public LocalPoint location() {
        return new LocalPoint(xM, yM);
    }
}
