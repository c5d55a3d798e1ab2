package org.cbrnsim.hazard.atmosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RoughnessTest {

    /** ALOHA terrain presets (dispersion.md §1.4): 3 cm open country, 100 cm urban or forest. */
    @Test
    void presetsHaveAlohasLengths() {
        assertEquals(0.03, Roughness.OPEN_COUNTRY.lengthM(5), 0);
        assertEquals(1.0, Roughness.URBAN.lengthM(5), 0);
        assertEquals(1.0, Roughness.FOREST.lengthM(5), 0);
    }

    /** Open water z0 = 2.6e-6·U10^2.5 (dispersion.md §1.4): 1.4534e-4 m at 5 m/s. */
    @Test
    void openWaterGrowsWithTheWind() {
        assertEquals(1.45344e-4, Roughness.OPEN_WATER.lengthM(5), 1e-9);
        assertEquals(2.6e-6, Roughness.OPEN_WATER.lengthM(1), 1e-18);
        assertThrows(IllegalArgumentException.class, () -> Roughness.OPEN_WATER.lengthM(0));
    }

    @Test
    void parsesNamesAndLengths() {
        assertSame(Roughness.OPEN_COUNTRY, Roughness.parse("open-country"));
        assertSame(Roughness.OPEN_COUNTRY, Roughness.parse("Open Country"));
        assertSame(Roughness.OPEN_WATER, Roughness.parse("open_water"));
        assertSame(Roughness.URBAN, Roughness.parse("URBAN"));
        assertSame(Roughness.FOREST, Roughness.parse("forest"));
        assertEquals(0.03, Roughness.parse("3 cm").lengthM(5), 1e-15);
        assertEquals(0.1, Roughness.parse("0.1m").lengthM(5), 0);
    }

    @Test
    void rejectsWhatItDoesNotKnow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Roughness.parse("grass"));
        assertEquals("expected a roughness: open-country, urban, forest, open-water or a length such as"
                + " \"0.03 m\", got \"grass\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Roughness.parse("0.1 kg"));
        assertThrows(IllegalArgumentException.class, () -> Roughness.ofLengthM(0));
        assertThrows(IllegalArgumentException.class, () -> Roughness.parse("10 m"));
    }
}
