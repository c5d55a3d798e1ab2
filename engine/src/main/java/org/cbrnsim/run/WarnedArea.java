package org.cbrnsim.run;

import org.cbrnsim.geo.Direction;
import org.cbrnsim.geo.Place;
import org.cbrnsim.hazard.DispersionModelChoice;
import org.cbrnsim.hazard.HazardAssessment;
import org.cbrnsim.hazard.ReleaseConditions;
import org.cbrnsim.hazard.timeline.HazardField;
import org.cbrnsim.hazard.timeline.PlacedRelease;
import org.cbrnsim.hazard.timeline.WeatherState;
import org.cbrnsim.hazard.zones.LevelOfConcern;
import org.cbrnsim.hazard.zones.ThreatZone;
import org.cbrnsim.units.IdealGas;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which places the authorities warn when they issue the warning: the places whose centre lies inside
 * the threat zone of the chosen AEGL tier of any hazard, computed as an emergency planner would with the
 * ALOHA-style {@link HazardAssessment} of every release in the weather of that moment (forecast footprint,
 * turned to the wind, one per release, joined), or every place when no tier is named.
 *
 * <p>Unlike ALOHA's threat zones (first hour, 10 km), the forecast follows each cloud over its whole
 * passage ({@link HazardAssessment#followingPassage}) and as far as the simulated cloud is followed
 * ({@link HazardField#MAX_TRAVEL_M}), so a town that a slow cloud reaches after the first hour is warned too.
 */
final class WarnedArea {

    /** How far downwind the forecast looks (m): as far as the simulation follows its puffs. */
    static final double FORECAST_REACH_M = HazardField.MAX_TRAVEL_M;

    private WarnedArea() {
    }

    /**
     * @param tier the AEGL tier whose zone is warned, or empty for every place
     * @return one flag per place in scenario order
     */
    static boolean[] places(ScenarioWorld world, OptionalInt tier, double issuedAtS) {
        List<Place> places = world.places().all();
        boolean[] warned = new boolean[places.size()];
        if (tier.isEmpty()) {
            java.util.Arrays.fill(warned, true);
            return warned;
        }
        Geometry zone = forecastZone(world, tier.getAsInt(), issuedAtS);
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            Point centre = zone.getFactory().createPoint(new Coordinate(p.xM(), p.yM()));
            warned[i] = zone.covers(centre);
        }
        return warned;
    }

    /**
     * The footprint of the tier's zone in local metres, the union over every release (empty when the tier
     * has no level or is not reached).
     */
    static Geometry forecastZone(ScenarioWorld world, int tier, double atS) {
        GeometryFactory geometry = new GeometryFactory();
        double levelKgPerM3 = world.levels().tier(tier).orElse(Double.NaN);
        if (Double.isNaN(levelKgPerM3)) {
            return geometry.createPolygon();
        }
        List<Geometry> zones = new ArrayList<>();
        for (PlacedRelease release : world.releases()) {
            zones.add(releaseZone(world, release, levelKgPerM3, atS));
        }
        Geometry union = CascadedPolygonUnion.union(zones);
        return union == null ? geometry.createPolygon() : union;
    }

    private static Polygon releaseZone(ScenarioWorld world, PlacedRelease release, double levelKgPerM3, double atS) {
        WeatherState weather = world.weather().at(atS);
        HazardAssessment assessment = HazardAssessment.followingPassage(new ReleaseConditions(release.source(),
                release.heightM(), weather.atmosphere(), "aloha", DispersionModelChoice.AUTO), FORECAST_REACH_M);
        double molarMass = world.substance().molarMassKgPerMol();
        double ppm = IdealGas.kgPerM3ToPpm(levelKgPerM3, molarMass, weather.atmosphere().temperatureK(),
                weather.atmosphere().pressurePa());
        ThreatZone zone = assessment.zones(List.of(LevelOfConcern.fromPpm(ppm, molarMass,
                weather.atmosphere().temperatureK(), weather.atmosphere().pressurePa())), FORECAST_REACH_M).get(0);
        Direction downwind = Direction.downwindOfWindFrom(weather.windFromDeg());
        double angle = Math.atan2(downwind.north(), downwind.east());
        AffineTransformation toLocal = AffineTransformation.rotationInstance(angle)
                .translate(release.xM(), release.yM());
        return (Polygon) toLocal.transform(zone.footprint());
    }
}
