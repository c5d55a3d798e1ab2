package org.cbrnsim.scenario;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One country's part of the modelled region.
 *
 * <p>The area is a polygon of {lat, lon} pairs in degrees, closed implicitly (the last point joins the
 * first). The arrays are copied in and out, so the record stays immutable; equality compares the points.
 *
 * @param code     ISO 3166 alpha-2 code, two capital letters
 * @param name     the country's name
 * @param timeZone the zone its clocks show
 * @param area     at least 3 points {latDeg, lonDeg}
 */
public record CountrySpec(String code, String name, ZoneId timeZone, List<double[]> area) {

    /** @throws IllegalArgumentException for a malformed code, fewer than 3 points or a point off the globe */
    public CountrySpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeZone, "timeZone");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be two capital letters (ISO 3166 alpha-2), got " + code);
        }
        area = copy(area);
        if (area.size() < 3) {
            throw new IllegalArgumentException("the area of " + code + " needs at least 3 points, got " + area.size());
        }
        for (double[] point : area) {
            if (point.length != 2) {
                throw new IllegalArgumentException("an area point is {lat, lon}, got " + point.length + " numbers");
            }
            Check.latitude("area point", point[0]);
            Check.longitude("area point", point[1]);
        }
    }

    /** The area's points {latDeg, lonDeg}, as fresh copies. */
    @Override
    public List<double[]> area() {
        return copy(area);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CountrySpec that)) {
            return false;
        }
        if (!code.equals(that.code) || !name.equals(that.name) || !timeZone.equals(that.timeZone)
                || area.size() != that.area.size()) {
            return false;
        }
        for (int i = 0; i < area.size(); i++) {
            if (!Arrays.equals(area.get(i), that.area.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(code, name, timeZone);
        for (double[] point : area) {
            hash = 31 * hash + Arrays.hashCode(point);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "CountrySpec[code=" + code + ", name=" + name + ", timeZone=" + timeZone + ", area="
                + area.stream().map(Arrays::toString).collect(Collectors.joining(", ", "[", "]")) + "]";
    }

    private static List<double[]> copy(List<double[]> points) {
        List<double[]> copy = new ArrayList<>(points.size());
        for (double[] point : points) {
            copy.add(point.clone());
        }
        return List.copyOf(copy);
    }
}
