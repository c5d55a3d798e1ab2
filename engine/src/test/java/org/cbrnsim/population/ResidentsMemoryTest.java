package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.Test;

/** The memory budget of the struct of arrays: about 60 bytes per resident (the task's target). */
class ResidentsMemoryTest {

    /**
     * Bytes per resident of Residents' public arrays, plus the grid cell (int) and the lethal
     * threshold (float) held outside it: 51 + 8 = 59 today.
     */
    @Test
    void aResidentTakesAtMostSixtyBytes() throws IllegalAccessException {
        Residents r = new Residents(10, 1, 1);
        int bytes = 0;
        for (Field field : Residents.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && field.getType().isArray()) {
                Object array = field.get(r);
                assertEquals(10, java.lang.reflect.Array.getLength(array), field.getName());
                bytes += elementBytes(field.getType().getComponentType());
            }
        }
        int outside = Integer.BYTES + Float.BYTES;
        assertTrue(bytes + outside <= 60, (bytes + outside) + " bytes per resident");
    }

    private static int elementBytes(Class<?> type) {
        if (type == byte.class) {
            return Byte.BYTES;
        }
        if (type == int.class) {
            return Integer.BYTES;
        }
        if (type == float.class) {
            return Float.BYTES;
        }
        throw new AssertionError("unexpected per-resident array of " + type);
    }
}
