package org.cbrnsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class LocalProjectionTest {

    /** Dniester scenario origin (scenario-format.yaml: region.origin). */
    private static final LocalProjection DNIESTER = new LocalProjection(48.44, 27.79);

    private static double dms(double degrees, double minutes, double seconds) {
        return Math.copySign(Math.abs(degrees) + minutes / 60 + seconds / 3600, degrees);
    }

    /**
     * Geoscience Australia's worked example of Vincenty's (1975) inverse formula, Flinders Peak to Buninyong (GRS80,
     * whose flattening differs from WGS84's by 1.6·10⁻¹¹, far below a millimetre here): ellipsoidal distance
     * 54 972.271 m, azimuth 306°52′05.37″, reverse azimuth 127°10′25.07″. In an azimuthal equidistant projection
     * centred on Flinders Peak, Buninyong lies at that distance and grid bearing from the origin.
     */
    @Test
    void reproducesVincentysFlindersPeakToBuninyongDistanceAndAzimuth() {
        LocalProjection flindersPeak = new LocalProjection(dms(-37, 57, 3.72030), dms(144, 25, 29.52440));
        LocalPoint buninyong = flindersPeak.toLocal(dms(-37, 39, 10.15610), dms(143, 55, 35.38390));

        assertEquals(54_972.271, Math.hypot(buninyong.xM(), buninyong.yM()), 0.001);
        double azimuthDeg = Direction.towards(Math.toDegrees(Math.atan2(buninyong.xM(), buninyong.yM()))).bearingDeg();
        assertEquals(dms(306, 52, 5.37), azimuthDeg, 0.1 / 3600);
    }

    /**
     * Same example: the geodesic leaves Flinders Peak at 306°52′05.37″ and arrives at Buninyong heading
     * 127°10′25.07″ − 180°, so true north at Buninyong is turned by 306°52′05.37″ − 307°10′25.07″ = −0°18′19.70″
     * from the straight grid line, i.e. from grid north. The projection is not conformal: angles 55 km out are
     * distorted by up to (ρ/R)²/6 ≈ 1.2·10⁻⁵ rad (2.6″), hence the 0.001° tolerance.
     */
    @Test
    void gridConvergenceMatchesTheGeodesicsChangeOfAzimuth() {
        LocalProjection flindersPeak = new LocalProjection(dms(-37, 57, 3.72030), dms(144, 25, 29.52440));
        LocalPoint buninyong = flindersPeak.toLocal(dms(-37, 39, 10.15610), dms(143, 55, 35.38390));

        double expectedDeg = dms(306, 52, 5.37) - (dms(127, 10, 25.07) + 180);
        assertEquals(expectedDeg, flindersPeak.gridConvergenceDeg(buninyong.xM(), buninyong.yM()), 0.001);
    }

    /**
     * places.md §9 [D]: great-circle distances (haversine, R = 6371 km, rounded to 0.1 km) and bearings (whole
     * degrees) from Mohyliv-Podilskyi, with the §2.1 coordinates. Our distances are ellipsoidal (WGS84); at 48.4° N
     * the radii of curvature (meridian M, prime vertical N) differ from 6371 km by up to 0.30 %, so the allowance is
     * the rounding plus that difference, both computed here, not fitted.
     */
    @Test
    void reproducesTheDniesterGreatCircleDistancesAndBearingsOfPlacesMd() {
        double aM = 6_378_137;
        double e2 = 6.69437999014e-3;
        double sin2 = Math.pow(Math.sin(Math.toRadians(48.44)), 2);
        double meridianM = aM * (1 - e2) / Math.pow(1 - e2 * sin2, 1.5);
        double primeVerticalM = aM / Math.sqrt(1 - e2 * sin2);
        double sphereM = 6_371_000;
        double relative = Math.max(Math.abs(meridianM - sphereM), Math.abs(primeVerticalM - sphereM)) / sphereM;
        double bearingSlackDeg = Math.toDegrees((primeVerticalM / meridianM - 1) / 2);

        LocalPoint mohyliv = DNIESTER.toLocal(48.4500, 27.7833);
        double[][] table = {
            {48.4300, 27.7939, 2.4, 161},   // Otaci
            {48.4011, 27.8675, 8.3, 131},   // Unguri
            {48.4000, 27.9000, 10.2, 123},  // Bronnytsia
            {48.4667, 27.5833, 14.9, 277},  // Naslavcea
        };
        for (double[] row : table) {
            LocalPoint there = DNIESTER.toLocal(row[0], row[1]);
            double distanceM = mohyliv.distanceToM(there);
            assertEquals(row[2] * 1000, distanceM, 50 + relative * distanceM, "distance to " + row[0] + ", " + row[1]);
            double gridBearingDeg = Direction.towards(Math.toDegrees(
                    Math.atan2(there.xM() - mohyliv.xM(), there.yM() - mohyliv.yM()))).bearingDeg();
            double trueBearingDeg = gridBearingDeg - DNIESTER.gridConvergenceDeg(mohyliv.xM(), mohyliv.yM());
            assertEquals(row[3], trueBearingDeg, 0.5 + bearingSlackDeg, "bearing to " + row[0] + ", " + row[1]);
        }
    }

    @Test
    void originIsZeroAndRoundTripsWithinAMicrodegree() {
        LocalPoint origin = DNIESTER.toLocal(48.44, 27.79);
        assertEquals(0, origin.xM(), 1e-6);
        assertEquals(0, origin.yM(), 1e-6);
        for (double[] offsetM : new double[][] {{-80_000, 60_000}, {1_234.5, -987.6}, {45_000, -70_000}}) {
            LatLon position = DNIESTER.toWgs84(offsetM[0], offsetM[1]);
            LocalPoint back = DNIESTER.toLocal(position.latDeg(), position.lonDeg());
            assertEquals(offsetM[0], back.xM(), 1e-6);
            assertEquals(offsetM[1], back.yM(), 1e-6);
        }
        LocalPoint otaciLocal = DNIESTER.toLocal(48.4300, 27.7939);
        LatLon otaci = DNIESTER.toWgs84(otaciLocal.xM(), otaciLocal.yM());
        assertEquals(48.4300, otaci.latDeg(), 1e-9);
        assertEquals(27.7939, otaci.lonDeg(), 1e-9);
    }

    /**
     * Grid convergence 50 km from the origin against the leading term of the meridian-convergence series,
     * γ ≈ −Δλ·sin φ east of the origin (northern hemisphere), and zero due north.
     */
    @Test
    void gridConvergenceFiftyKilometresOutIsHalfADegreeAtTheDniester() {
        LatLon east = DNIESTER.toWgs84(50_000, 0);
        double leadingTermDeg = (east.lonDeg() - 27.79) * Math.sin(Math.toRadians(east.latDeg()));
        assertEquals(-leadingTermDeg, DNIESTER.gridConvergenceDeg(50_000, 0), 0.01 * leadingTermDeg);
        assertEquals(leadingTermDeg, DNIESTER.gridConvergenceDeg(-50_000, 0), 0.01 * leadingTermDeg);
        assertEquals(0, DNIESTER.gridConvergenceDeg(0, 50_000), 1e-6);
        assertTrue(Math.abs(DNIESTER.gridConvergenceDeg(50_000, 0)) < 0.52);
    }

    @Test
    void windFrom290MovesTheCloudTowards110() {
        Direction downwind = Direction.downwindOfWindFrom(290);
        assertEquals(Math.sin(Math.toRadians(110)), downwind.east(), 1e-12);
        assertEquals(Math.cos(Math.toRadians(110)), downwind.north(), 1e-12);
        assertTrue(downwind.east() > 0.93 && downwind.north() < -0.34);
        assertEquals(110, downwind.bearingDeg(), 1e-9);
        assertEquals(0, Direction.downwindOfWindFrom(180).bearingDeg(), 1e-9);
        assertEquals(270, Direction.towards(-90).bearingDeg(), 1e-9);

        Direction atOrigin = DNIESTER.gridDirection(110, 0, 0);
        assertEquals(110, atOrigin.bearingDeg(), 1e-6);
        Direction eastOfOrigin = DNIESTER.gridDirection(110, 50_000, 0);
        assertEquals(110 + DNIESTER.gridConvergenceDeg(50_000, 0), eastOfOrigin.bearingDeg(), 1e-9);
    }

    @Test
    void polygonClosesItselfAndRejectsBadRings() {
        Polygon open = DNIESTER.polygon(List.of(new double[] {48.5, 27.7}, new double[] {48.5, 27.9},
                new double[] {48.4, 27.9}));
        Polygon closed = DNIESTER.polygon(List.of(new double[] {48.5, 27.7}, new double[] {48.5, 27.9},
                new double[] {48.4, 27.9}, new double[] {48.5, 27.7}));
        assertEquals(4, open.getNumPoints());
        assertTrue(open.equalsExact(closed));

        assertThrows(IllegalArgumentException.class,
                () -> DNIESTER.polygon(List.of(new double[] {48.5, 27.7}, new double[] {48.5, 27.9})));
        IllegalArgumentException bowTie = assertThrows(IllegalArgumentException.class, () -> DNIESTER.polygon(List.of(
                new double[] {48.5, 27.7}, new double[] {48.4, 27.9}, new double[] {48.5, 27.9},
                new double[] {48.4, 27.7})));
        assertTrue(bowTie.getMessage().contains("must not cross"), bowTie.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DNIESTER.polygon(List.of(new double[] {48.5, 27.7},
                new double[] {48.5}, new double[] {48.4, 27.9})));
    }

    @Test
    void rejectsPositionsOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DNIESTER.toLocal(91, 27));
        assertTrue(e.getMessage().contains("latitude must be in [-90, 90]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LocalProjection(48, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> DNIESTER.toWgs84(Double.POSITIVE_INFINITY, 0));
    }
}
