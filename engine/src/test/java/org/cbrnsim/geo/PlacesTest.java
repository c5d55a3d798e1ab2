package org.cbrnsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Places of the Dniester area, places.md §2.1. */
class PlacesTest {

    private static final LocalProjection PROJECTION = new LocalProjection(48.44, 27.79);
    private static final Place MOHYLIV = Place.at("mohyliv-podilskyi", "Mohyliv-Podilskyi", PlaceKind.TOWN, "UA",
            48.4500, 27.7833, PROJECTION);
    private static final Place OTACI = Place.at("otaci", "Otaci", PlaceKind.TOWN, "MD", 48.4300, 27.7939, PROJECTION);
    private static final Place UNGURI = Place.at("unguri", "Unguri", PlaceKind.VILLAGE, "MD", 48.4011, 27.8675,
            PROJECTION);
    private static final Place NASLAVCEA = Place.at("naslavcea", "Naslavcea", PlaceKind.VILLAGE, "MD", 48.4667,
            27.5833, PROJECTION);
    private static final Places PLACES = new Places(List.of(MOHYLIV, OTACI, UNGURI, NASLAVCEA));

    @Test
    void placesCarryTheirProjectedPosition() {
        LocalPoint expected = PROJECTION.toLocal(48.4300, 27.7939);
        assertEquals(expected, OTACI.location());
        assertEquals(48.4300, OTACI.latDeg());
        assertEquals("MD", PLACES.get("otaci").countryCode());
    }

    @Test
    void looksUpByIdAndKind() {
        assertEquals(List.of(MOHYLIV, OTACI, UNGURI, NASLAVCEA), PLACES.all());
        assertEquals(OTACI, PLACES.find("otaci").orElseThrow());
        assertTrue(PLACES.find("ataki").isEmpty(), "places.md §0: Ataki is Otaci, not a place of its own");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> PLACES.get("ataki"));
        assertTrue(unknown.getMessage().contains("unknown place id 'ataki'"), unknown.getMessage());
        assertEquals(List.of(UNGURI, NASLAVCEA), PLACES.ofKind(PlaceKind.VILLAGE));
    }

    /** places.md §9: from Mohyliv-Podilskyi, Unguri is 8.3 km and Naslavcea 14.9 km. */
    @Test
    void findsTheNearestPlaceOfAKind() {
        assertEquals(UNGURI, PLACES.nearest(PlaceKind.VILLAGE, MOHYLIV.location()).orElseThrow());
        assertEquals(NASLAVCEA, PLACES.nearest(PlaceKind.VILLAGE, PROJECTION.toLocal(48.47, 27.60)).orElseThrow());
        assertEquals(MOHYLIV, PLACES.nearest(PlaceKind.TOWN, MOHYLIV.location()).orElseThrow());
        assertTrue(PLACES.nearest(PlaceKind.HOSPITAL, MOHYLIV.location()).isEmpty());
        LocalPoint midway = new LocalPoint((MOHYLIV.xM() + OTACI.xM()) / 2, (MOHYLIV.yM() + OTACI.yM()) / 2);
        assertEquals(MOHYLIV, PLACES.nearest(PlaceKind.TOWN, midway).orElseThrow(), "tie: the first given");
    }

    @Test
    void parsesScenarioKindsAndRejectsBadPlaces() {
        assertEquals(PlaceKind.CROSSING, PlaceKind.parse("crossing"));
        assertEquals("hospital", PlaceKind.HOSPITAL.scenarioName());
        assertTrue(PlaceKind.TOWN.isResidential() && PlaceKind.VILLAGE.isResidential());
        assertFalse(PlaceKind.HOSPITAL.isResidential() || PlaceKind.OTHER.isResidential());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> PlaceKind.parse("Town"));
        assertTrue(kind.getMessage().contains("[town, village, hospital, station, crossing, port, plant, other]"),
                kind.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Places(List.of(OTACI, OTACI)));
        assertThrows(IllegalArgumentException.class,
                () -> Place.at("Otaci", "Otaci", PlaceKind.TOWN, "MD", 48.43, 27.79, PROJECTION));
        assertThrows(IllegalArgumentException.class,
                () -> Place.at("otaci", "Otaci", PlaceKind.TOWN, "Moldova", 48.43, 27.79, PROJECTION));
        assertThrows(IllegalArgumentException.class,
                () -> new Place("otaci", "Otaci", PlaceKind.TOWN, "MD", 48.43, 190, 0, 0));
    }
}
