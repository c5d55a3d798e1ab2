package org.cbrnsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/schema/scenario.schema.json is valid JSON Schema 2020-12 JSON and names exactly the keys and words
 * the loader accepts, mapping by mapping, so the two cannot drift apart.
 */
class SchemaTest {

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = new ObjectMapper().readTree(Path.of("..", "scenarios", "schema", "scenario.schema.json").toFile());
    }

    @Test
    void isDraft2020() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(false, schema.get("additionalProperties").asBoolean());
    }

    @Test
    void topLevelKeysAreTheLoaders() {
        assertEquals(ScenarioReader.KEYS, keys(schema));
        assertEquals(List.of("format", "id", "name", "clock", "region", "places", "weather", "hazards"),
                words(schema.get("required")));
    }

    @Test
    void everyMappingHasTheLoadersKeys() {
        Map<String, List<String>> loader = new LinkedHashMap<>();
        loader.put("exercise", ExerciseReader.KEYS);
        loader.put("objective", ExerciseReader.OBJECTIVE_KEYS);
        loader.put("clock", ClockReader.KEYS);
        loader.put("region", RegionReader.KEYS);
        loader.put("country", RegionReader.COUNTRY_KEYS);
        loader.put("point", Coordinates.KEYS);
        loader.put("place", PlaceReader.KEYS);
        loader.put("buildings", PlaceReader.BUILDING_KEYS);
        loader.put("road", RoadReader.KEYS);
        loader.put("weather", WeatherReader.KEYS);
        loader.put("hazard", HazardReader.KEYS);
        loader.put("release", ReleaseReader.KEYS);
        loader.put("tank", ReleaseReader.TANK_KEYS);
        loader.put("population", PopulationReader.KEYS);
        loader.put("atStart", PopulationReader.AT_START_KEYS);
        loader.put("airExchange", PopulationReader.AIR_EXCHANGE_KEYS);
        loader.put("rates", PopulationReader.RATE_KEYS);
        loader.put("decision", PopulationReader.DECISION_KEYS);
        loader.put("preparation", PopulationReader.PREPARATION_KEYS);
        loader.put("evacuation", PopulationReader.EVACUATION_KEYS);
        loader.put("health", PopulationReader.HEALTH_KEYS);
        loader.put("warning", WarningReader.KEYS);
        loader.put("channel", WarningReader.CHANNEL_KEYS);
        loader.put("delay", WarningReader.DELAY_KEYS);
        loader.put("agency", AgencyReader.KEYS);
        loader.put("unit", AgencyReader.UNIT_KEYS);
        loader.put("response", ResponseReader.KEYS);
        loader.put("alarm", ResponseReader.ALARM_KEYS);
        loader.put("turnout", ResponseReader.TURNOUT_KEYS);
        loader.put("firstAssignment", ResponseReader.FIRST_ASSIGNMENT_KEYS);
        loader.put("scene", ResponseReader.SCENE_KEYS);
        loader.put("decontamination", CasualtyCareReader.DECON_KEYS);
        loader.put("triage", CasualtyCareReader.TRIAGE_KEYS);
        loader.put("hospitalCare", CasualtyCareReader.HOSPITAL_KEYS);
        List<String> objects = new ArrayList<>();
        schema.get("$defs").fields().forEachRemaining(def -> {
            if (def.getValue().has("properties")) {
                objects.add(def.getKey());
            }
        });
        assertEquals(new TreeSet<>(loader.keySet()), new TreeSet<>(objects), "every mapping of the schema is checked here");
        loader.forEach((def, keys) -> {
            JsonNode mapping = schema.get("$defs").get(def);
            assertEquals(keys, keys(mapping), def);
            assertEquals(false, mapping.get("additionalProperties").asBoolean(), def + ": unknown keys are errors");
        });
    }

    @Test
    void wordsAreTheLoaders() {
        JsonNode defs = schema.get("$defs");
        assertEquals(List.copyOf(PlaceReader.KINDS.byWord().keySet()), words(defs.at("/place/properties/kind/enum")));
        assertEquals(List.copyOf(WarningReader.KINDS.byWord().keySet()), words(defs.at("/channel/properties/kind/enum")));
        assertEquals(List.copyOf(ExerciseReader.TYPES.byWord().keySet()), words(defs.at("/exercise/properties/type/enum")));
        assertEquals(List.copyOf(WarningReader.AREAS.byWord().keySet()), words(defs.at("/warning/properties/area/enum")));
        assertEquals(List.copyOf(WarningReader.CUES.byWord().keySet()), words(defs.at("/warning/properties/cloud_cue/enum")));
        assertEquals(WarningReader.NEVER, defs.at("/warning/properties/issued_at/anyOf/0/const").asText());
        assertEquals(List.of("open-country", "urban", "forest", "open-water"),
                words(defs.at("/weather/properties/roughness/anyOf/0/enum")));
        assertEquals(List.copyOf(AgencyReader.KINDS.byWord().keySet()), words(defs.at("/agency/properties/kind/enum")));
        assertEquals(List.copyOf(AgencyReader.TYPES.byWord().keySet()), words(defs.at("/unit/properties/type/enum")));
        assertEquals(List.copyOf(AgencyReader.CAPABILITIES.byWord().keySet()),
                words(defs.at("/unit/properties/capabilities/items/enum")));
        assertEquals(List.copyOf(AgencyReader.PROTECTION.byWord().keySet()), words(defs.at("/unit/properties/ppe/enum")));
        assertEquals(List.copyOf(CasualtyCareReader.SYSTEMS.byWord().keySet()), words(defs.at("/triage/properties/system/enum")));
        for (String zone : List.of("hot_zone", "warm_zone")) {
            assertEquals(List.copyOf(ResponseReader.ZONE_TIERS.byWord().keySet()), words(defs.at("/scene/properties/" + zone + "/enum")));
        }
        assertTrue(defs.at("/alarm/properties/first_call/anyOf/0/pattern").asText().contains("[Ww][Hh][Ee][Nn]-[Cc][Ll][Oo][Uu][Dd]"));
    }

    /** The defaults the schema shows for {@code response:} are the ones the loader fills in, as the resolved file writes them. */
    @Test
    void responseDefaultsAreTheLoaders() {
        Map<String, Object> written = ResponseWriter.response(ResponseParameters.defaults());
        Map<String, String> sections = Map.of("alarm", "alarm", "scene", "scene", "decontamination", "decontamination",
                "triage", "triage", "hospitals", "hospitalCare");
        int compared = 0;
        for (Map.Entry<String, String> section : sections.entrySet()) {
            compared += sameDefaults(section.getValue(), entries(written.get(section.getKey())));
        }
        Map<String, Object> alarm = entries(written.get("alarm"));
        compared += sameDefaults("turnout", entries(((YamlEmitter.Flow) alarm.get("turnout")).value()));
        compared += sameDefaults("firstAssignment", entries(((YamlEmitter.Flow) alarm.get("first_assignment")).value()));
        assertEquals(40, compared, "every default of the response section is compared");
    }

    /** The number of keys of the definition that show a default, each equal to the written value. */
    private static int sameDefaults(String def, Map<String, Object> written) {
        int compared = 0;
        for (Map.Entry<String, Object> key : written.entrySet()) {
            JsonNode shown = schema.get("$defs").get(def).get("properties").get(key.getKey()).get("default");
            if (shown == null) {
                continue;
            }
            if (key.getValue() instanceof YamlEmitter.Plain plain) {
                assertEquals(Double.parseDouble(plain.text()), shown.asDouble(), def + "." + key.getKey());
            } else {
                assertEquals(key.getValue(), shown.asText(), def + "." + key.getKey());
            }
            compared++;
        }
        return compared;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entries(Object mapping) {
        return (Map<String, Object>) mapping;
    }

    @Test
    void everyDefinitionIsDescribedForTheEditor() {
        schema.get("$defs").fields().forEachRemaining(def -> assertTrue(def.getValue().has("description"), def.getKey()));
    }

    private static List<String> keys(JsonNode mapping) {
        List<String> keys = new ArrayList<>();
        mapping.get("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> words(JsonNode array) {
        List<String> words = new ArrayList<>();
        array.forEach(word -> words.add(word.asText()));
        return words;
    }
}
