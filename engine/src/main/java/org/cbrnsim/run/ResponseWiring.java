package org.cbrnsim.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.geo.Place;
import org.cbrnsim.hazard.timeline.ConcentrationRaster;
import org.cbrnsim.hazard.timeline.PlacedRelease;
import org.cbrnsim.hazard.timeline.PointConcentrations;
import org.cbrnsim.population.Population;
import org.cbrnsim.population.Residents;
import org.cbrnsim.response.IncidentSite;
import org.cbrnsim.response.InjuredResidents;
import org.cbrnsim.response.ResponseInputs;
import org.cbrnsim.response.ResponseSubsystem;
import org.cbrnsim.response.units.Incident;
import org.cbrnsim.scenario.HazardSpec;
import org.cbrnsim.sim.ExerciseSimulation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Connects the responders to the rest of the run: one incident per release (units drive to the release's place,
 * or the place nearest a release given by coordinates), the forecast threat-zone distance per tier as command's
 * first estimate, the simulated field as what readings show, the field at a crew's position, and the population's
 * injured residents. Installs nothing when the scenario has no agencies.
 */
final class ResponseWiring {

    private ResponseWiring() {
    }

    static void install(ScenarioWorld world, ExerciseSimulation sim, Population population, ConcentrationRaster raster,
                        PointConcentrations atPoints) {
        if (world.scenario().response().isEmpty()) {
            return;
        }
        List<IncidentSite> sites = new ArrayList<>();
        for (PlacedRelease release : world.releases()) {
            sites.add(site(world, raster, release));
        }
        float[] x = new float[1];
        float[] y = new float[1];
        double[] c = new double[1];
        ResponseInputs inputs = new ResponseInputs(world.scenario().response(), world.roads(), sites,
                (xM, yM, tS) -> {
                    x[0] = (float) xM;
                    y[0] = (float) yM;
                    atPoints.sample(x, y, 1, c);
                    return c[0];
                },
                PopulationAssembly.health(world), injured(world, population),
                new RecordedResponseEvents(sim.eventLog(), world.levels().system()));
        population.onInjury(ResponseSubsystem.install(sim, inputs));
    }

    private static IncidentSite site(ScenarioWorld world, ConcentrationRaster raster, PlacedRelease release) {
        HazardSpec hazard = world.scenario().hazards().stream().filter(h -> h.id().equals(release.id()))
                .findFirst().orElseThrow();
        LocalPoint source = new LocalPoint(release.xM(), release.yM());
        Place scene = hazard.placeId().map(id -> world.places().get(id)).orElseGet(() -> world.places().all().stream()
                .min(Comparator.comparingDouble(p -> p.location().distanceToM(source))).orElseThrow());
        String country = world.countryOf(release).isEmpty() ? scene.countryCode() : world.countryOf(release);
        return new IncidentSite(new Incident(release.id(), scene.id(), country), source, release.startS(),
                world.weather().at(release.startS()).windFromDeg(),
                tier -> farthestM(source, WarnedArea.forecastZone(world, tier, release.startS())),
                (tier, tS) -> observedM(world, raster, source, tier));
    }

    private static double farthestM(LocalPoint source, Geometry zone) {
        double farthest = 0;
        for (Coordinate c : zone.getCoordinates()) {
            farthest = Math.max(farthest, Math.hypot(c.x - source.xM(), c.y - source.yM()));
        }
        return farthest;
    }

    private static double observedM(ScenarioWorld world, ConcentrationRaster raster, LocalPoint source, int tier) {
        var level = world.levels().tier(tier);
        if (level.isEmpty()) {
            return 0;
        }
        double[] farthest = {0};
        raster.forEachCellAtOrAbove(level.getAsDouble(), (x, y) ->
                farthest[0] = Math.max(farthest[0], Math.hypot(x - source.xM(), y - source.yM())));
        return farthest[0];
    }

    private static InjuredResidents injured(ScenarioWorld world, Population population) {
        Residents r = population.residents();
        return new InjuredResidents() {
            @Override
            public LocalPoint position(int resident) {
                return new LocalPoint(r.xM[resident], r.yM[resident]);
            }

            @Override
            public String countryCode(int resident) {
                return world.countryCodes().get(r.countryOf(resident));
            }

            @Override
            public String homePlaceId(int resident) {
                return world.scenario().places().get(r.homePlace[resident]).id();
            }

            @Override
            public void diedOfInjury(double tS, int resident) {
                if (!r.isDead(resident)) {
                    population.diedOfInjury(tS, resident);
                }
            }
        };
    }
}
