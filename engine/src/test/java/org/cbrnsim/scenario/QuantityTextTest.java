package org.cbrnsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quantities are written in readable units that read back exactly. */
class QuantityTextTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "1800, TIME, 30 min", "5400, TIME, 90 min", "43200, TIME, 12 h", "90, TIME, 90 s", "0, TIME, 0 min",
            "0.5, TIME, 0.5 s", "0.15, LENGTH, 15 cm", "2000, LENGTH, 2 km", "2182, LENGTH, 2182 m", "1, LENGTH, 1 m",
            "25000, MASS, 25 t", "546, MASS, 546 kg", "278.15, TEMPERATURE, 5 °C", "300, TEMPERATURE, 300 K",
            "2, SPEED, 2 m/s", "50, MASS_RATE, 50 kg/s"})
    void readableUnits(double si, Dimension dimension, String expected) {
        assertEquals(expected, QuantityText.format(si, dimension));
    }

    @Test
    void kilometresPerHourAreFoundForRoadSpeeds() {
        assertEquals("30 km/h", QuantityText.format(QuantityParser.parse("30 km/h", Dimension.SPEED), Dimension.SPEED));
    }

    @Test
    void everyValueReadsBackBitForBit() {
        SplittableRandom random = new SplittableRandom(20260314);
        for (Dimension dimension : new Dimension[] {Dimension.TIME, Dimension.LENGTH, Dimension.MASS, Dimension.SPEED,
                Dimension.TEMPERATURE, Dimension.MASS_RATE}) {
            for (int i = 0; i < 2000; i++) {
                double si = Math.pow(10, random.nextDouble(-4, 6));
                String text = QuantityText.format(si, dimension);
                assertEquals(si, QuantityParser.parse(text, dimension), text);
            }
        }
    }

    @Test
    void airChangesPerHour() {
        assertEquals(0.5 / 3600, QuantityText.parsePerTime("0.5 /h"));
        assertEquals(2.0 / 60, QuantityText.parsePerTime("2/min"));
        assertEquals("0.5 /h", QuantityText.formatPerTime(0.5 / 3600));
        assertEquals("25 /h", QuantityText.formatPerTime(25.0 / 3600));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            double perS = Math.pow(10, random.nextDouble(-6, 1));
            assertEquals(perS, QuantityText.parsePerTime(QuantityText.formatPerTime(perS)));
        }
        assertEquals("expected a rate per time such as \"0.5 /h\" or \"2 /h\", got \"0.5 /m\" (\"m\" is not a unit of time)",
                assertThrows(IllegalArgumentException.class, () -> QuantityText.parsePerTime("0.5 /m")).getMessage());
    }
}
