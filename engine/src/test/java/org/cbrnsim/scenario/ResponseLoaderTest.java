package org.cbrnsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.junit.jupiter.api.Test;

/** Agencies, units, hospital beds and the response section load into SI records, each left-out key with its default. */
class ResponseLoaderTest {

    private static final double TOLERANCE = 1e-12;

    private static ResponseSpec responders() {
        LoadResult result = Fixtures.load("responders.yaml");
        assertEquals(List.of(), result.problems());
        return result.orThrow().response();
    }

    @Test
    void aScenarioWithoutRespondersHasNone() {
        ResponseSpec response = Fixtures.load("minimal.yaml").orThrow().response();
        assertEquals(ResponseSpec.none(), response);
        assertTrue(response.isEmpty());
    }

    @Test
    void aHospitalWithoutBedsIsAcceptedWhileNobodyComesToHelp() {
        Scenario full = Fixtures.load("full.yaml").orThrow();
        assertTrue(full.place("district-hospital").isPresent());
        assertEquals(List.of(), full.response().hospitals());
    }

    @Test
    void aUnitLeftToItsTypeTakesTheTypesCrewCapabilitiesAndProtection() {
        UnitSpec engines = responders().agencies().get(0).units().get(0);
        assertEquals(new UnitSpec("mp-engine", UnitType.FIRE_ENGINE, "fire-station", 2, 4, Set.of(Capability.RESCUE_IN_PPE),
                PpeLevel.STRUCTURAL, 0, ""), engines);
        assertEquals(List.of("mp-engine-1", "mp-engine-2"), engines.unitNames());
        UnitSpec ambulances = responders().agencies().get(1).units().get(0);
        assertEquals(3, ambulances.count());
        assertEquals(2, ambulances.crew(), "ambulance crew [A]");
        assertEquals(Set.of(Capability.TRIAGE, Capability.TREATMENT, Capability.TRANSPORT), ambulances.capabilities());
        assertEquals(PpeLevel.NONE, ambulances.ppe());
        assertEquals(false, ambulances.onCall());
    }

    @Test
    void aUnitThatGivesItsKeysKeepsThem() {
        AgencySpec ses = responders().agencies().get(0);
        assertEquals(AgencyKind.CIVIL_PROTECTION, ses.kind());
        assertEquals("UA", ses.countryCode());
        assertEquals("invented", ses.source());
        assertEquals(new UnitSpec("mp-hazmat", UnitType.HAZMAT, "fire-station", 1, 5,
                Set.of(Capability.DETECTION, Capability.RESCUE_IN_PPE), PpeLevel.B, 900, "invented"), ses.units().get(1));
        assertTrue(ses.units().get(1).onCall());
        AgencySpec liaison = responders().agencies().get(2);
        assertEquals(List.of(), liaison.units(), "an agency may only command");
        assertEquals("", liaison.source());
    }

    @Test
    void hospitalsGetTheirBedsInPlaceOrderWithEdBedsAndOccupancyDefaulted() {
        List<HospitalSpec> hospitals = responders().hospitals();
        // ED spaces: max(1, round(300 / 20)) = 15 [A]; ICU 0; occupancy: response.hospitals.default_occupancy 0.75
        assertEquals(new HospitalSpec("district-hospital", 300, 15, 0, 0.75, "invented"), hospitals.get(0));
        assertEquals(new HospitalSpec("soroca-hospital", 180, 12, 6, 0.7, ""), hospitals.get(1));
        assertEquals(2, hospitals.size());
    }

    @Test
    void edBedsDefaultToOneTwentiethOfTheBedsAndAtLeastOne() {
        assertEquals(1, ScenarioDefaults.edBeds(1));
        assertEquals(1, ScenarioDefaults.edBeds(29), "29/20 = 1.45 rounds to 1");
        assertEquals(2, ScenarioDefaults.edBeds(30), "30/20 = 1.5 rounds up");
        assertEquals(11, ScenarioDefaults.edBeds(212), "Prince Hashem, 212 beds: 10.6");
        assertEquals(38, ScenarioDefaults.edBeds(750), "Bălți, 750 beds: 37.5");
    }

    @Test
    void responseOverridesOnlyTheValuesItGives() {
        ResponseParameters defaults = ResponseParameters.defaults();
        ResponseParameters p = responders().parameters();
        Map<UnitType, Integer> assignment = new EnumMap<>(defaults.alarm().firstAssignment());
        assignment.put(UnitType.AMBULANCE, 4);
        assignment.put(UnitType.MILITARY_CBRN, 0);
        assertEquals(new ResponseParameters.Alarm(120, true, defaults.alarm().callHandlingS(), defaults.alarm().turnoutFireS(),
                90, defaults.alarm().emergencySpeedFactor(), assignment), p.alarm());
        assertEquals(2, p.scene().hotZoneTier());
        assertEquals(1, p.scene().warmZoneTier());
        assertEquals(defaults.scene().ppeWorkS(), p.scene().ppeWorkS());
        assertEquals(4, p.decon().rerobeStations());
        assertEquals(defaults.decon().showerS(), p.decon().showerS());
        assertEquals(TriageSystem.SALT, p.triage().system());
        assertEquals(0.75, p.hospitals().defaultOccupancy(), TOLERANCE);
        assertEquals(defaults.hospitals().edTimeS(), p.hospitals().edTimeS());
    }

    @Test
    void theFirstCallIsADelayAfterTheReleaseOrAfterTheCloudReachesPeople() {
        assertEquals(300, alarm("5 min").firstCallS());
        assertEquals(false, alarm("5 min").onCloudReachingPeople());
        assertEquals(0, alarm("when-cloud-reaches-people").firstCallS());
        assertEquals(true, alarm("When-Cloud-Reaches-People").onCloudReachingPeople());
        assertEquals(150, alarm("when-cloud-reaches-people +2.5 min").firstCallS());
        assertEquals("when-cloud-reaches-people + 150 s", ResponseReader.firstCallText(alarm("when-cloud-reaches-people + 2.5 min")));
        assertEquals("when-cloud-reaches-people", ResponseReader.firstCallText(alarm("when-cloud-reaches-people")));
        assertEquals("5 min", ResponseReader.firstCallText(ResponseParameters.defaults().alarm()));
    }

    private static ResponseParameters.Alarm alarm(String firstCall) {
        String text = Fixtures.text("minimal.yaml") + "response:\n  alarm:\n    first_call: \"" + firstCall + "\"\n";
        LoadResult result = ScenarioLoader.load(text, "first-call.yaml", SubstanceLibrary.bundled());
        assertEquals(List.of(), result.problems());
        return result.orThrow().response().parameters().alarm();
    }
}
