package org.cbrnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.cbrnsim.geo.Countries;
import org.cbrnsim.geo.Country;
import org.cbrnsim.record.BorderCrossedByCloud;
import org.cbrnsim.record.SimEvent;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The cloud entering a country, from points where the field is at the crossing level. */
class CloudBorderWatchTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Polygon box(double x0, double x1, double y0, double y1) {
        return (Polygon) GEOMETRY.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    /** UA west of x = 30 (the border runs through the middle of a 100-m square), MD east of it, nothing beyond 1 km. */
    private static final Countries UA_MD = new Countries(List.of(
            new Country("UA", "Ukraine", box(-1000, 30, -1000, 1000)),
            new Country("MD", "Moldova", box(30, 1000, -1000, 1000))));

    @Test
    void theFirstPointInANewCountryIsTheCrossingWhateverHazardMadeIt() {
        List<SimEvent> events = new ArrayList<>();
        CloudBorderWatch watch = new CloudBorderWatch(UA_MD, new Envelope(-2000, 2000, -2000, 2000), 100,
                List.of("UA"), List.of("tank-car", "depot"), "AEGL-1", events::add);
        watch.cloudAt(60, -500, 0);     // in the source country
        watch.cloudAt(120, 25, 10);     // in the border square, still UA
        watch.cloudAt(180, 1500, 0);    // beyond both areas
        assertEquals(List.of(), events);
        watch.cloudAt(240, 35, 10);     // in the border square, MD
        watch.cloudAt(300, 500, 0);
        assertEquals(List.of(new BorderCrossedByCloud(240, "tank-car+depot", "UA", "MD", "AEGL-1")), events);
    }

    @Test
    void pointsOutsideTheCachedExtentAreTestedExactly() {
        List<SimEvent> events = new ArrayList<>();
        CloudBorderWatch watch = new CloudBorderWatch(UA_MD, new Envelope(-1000, 0, -1000, 0), 100,
                List.of("UA"), List.of("tank-car"), "AEGL-1", events::add);
        watch.cloudAt(60, 900, 900);
        assertEquals(List.of(new BorderCrossedByCloud(60, "tank-car", "UA", "MD", "AEGL-1")), events);
    }
}
