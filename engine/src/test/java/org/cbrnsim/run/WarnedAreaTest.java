package org.cbrnsim.run;

import org.cbrnsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The warned area is the forecast of every hazard over the cloud's whole passage: two 20 t chlorine releases in a
 * 1 m/s class-F wind warn the towns 5 km downwind of each (reached after ALOHA's first hour, when the forecast
 * used to stop at about 3.5 km and looked at the first hazard only), not the town upwind.
 */
class WarnedAreaTest {

    @Test
    void aTownFiveKilometresDownwindOfEitherHazardIsWarned() throws URISyntaxException {
        var url = WarnedAreaTest.class.getResource("/scenarios/two-tank-cars.yaml");
        assertNotNull(url);
        ScenarioWorld world = ScenarioWorld.of(ScenarioLoader.load(Path.of(url.toURI())).orThrow());
        boolean[] warned = WarnedArea.places(world, OptionalInt.of(3), 600);
        assertArrayEquals(new boolean[] {true, true, false}, warned,
                "east of the southern tank, east of the northern tank, west (upwind) of the southern tank");
    }
}
