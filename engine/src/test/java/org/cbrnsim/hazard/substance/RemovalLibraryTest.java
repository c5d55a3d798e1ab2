package org.cbrnsim.hazard.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;
import org.junit.jupiter.api.Test;

/** The removal data file: every substance present with sourced values, clear errors, and CALPUFF's wet removal. */
class RemovalLibraryTest {

    private static String bundledText() throws IOException {
        try (InputStream in = RemovalLibrary.class.getResourceAsStream(RemovalLibrary.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String errorFor(String find, String replacement) throws IOException {
        String text = bundledText();
        assertTrue(text.contains(find), "bundled file lacks " + find);
        String broken = text.replace(find, replacement);
        return assertThrows(IllegalArgumentException.class,
                () -> RemovalLibrary.parse(broken, "removal.yaml", SubstanceLibrary.bundled())).getMessage();
    }

    @Test
    void everySubstanceOfTheLibraryHasSourcedRemovalParameters() {
        RemovalLibrary removal = RemovalLibrary.bundled();
        assertEquals(20, SubstanceLibrary.bundled().all().size());
        for (Substance s : SubstanceLibrary.bundled().all()) {
            RemovalParameters p = removal.require(s);
            assertEquals(s.id(), p.substanceId());
            assertTrue(removal.depositionSource(s.id()).orElseThrow().matches("\\[(V|K|M|D|generic)] .{20,}"));
            assertTrue(removal.scavengingSource(s.id()).orElseThrow().matches("\\[(V|K|M|D|generic)] .{20,}"));
            assertTrue(removal.diffusivitySource(s.id()).orElseThrow().matches("\\[(V|D)] .{20,}"));
            assertTrue(p.gasDiffusivityM2PerS() > 0.5e-5 && p.gasDiffusivityM2PerS() < 2.5e-5,
                    s.id() + ": D = " + p.gasDiffusivityM2PerS() + " m²/s, outside the range of gases in air");
        }
    }

    @Test
    void valuesAreThoseOfTheReferenceSheet() {
        RemovalLibrary removal = RemovalLibrary.bundled();
        RemovalParameters chlorine = removal.find("chlorine").orElseThrow();
        assertEquals(0.01, chlorine.surfaceDepositionVelocityMps());
        assertEquals(0, chlorine.rainScavengingPerS());
        assertTrue(removal.depositionSource("chlorine").orElseThrow().startsWith("[generic]"));
        assertEquals(0.019, removal.find("ammonia").orElseThrow().surfaceDepositionVelocityMps());
        assertEquals(1.509e-5, removal.find("sulfur-dioxide").orElseThrow().gasDiffusivityM2PerS());
        assertEquals(1.276e-5, chlorine.gasDiffusivityM2PerS());
        assertEquals(3.0e-5, removal.find("sulfur-dioxide").orElseThrow().rainScavengingPerS());
        assertEquals(6.0e-5, removal.find("hydrogen-chloride").orElseThrow().rainScavengingPerS());
    }

    @Test
    void rainOfFiveMillimetresAnHourWashesOut42PercentOfAnHno3LikeGasIn30Minutes() {
        // casualty-mechanisms.md §2.2: λ = 6×10⁻⁵ s⁻¹ at 1 mm/h; 5 mm/h → Λ = 3×10⁻⁴ s⁻¹, 1 − e^(−0.54) = 42 %;
        // 1 mm/h → 10 % in 30 min; SO2 (3×10⁻⁵) at 1 mm/h → 5 %.
        RemovalParameters hydrogenChloride = RemovalLibrary.bundled().find("hydrogen-chloride").orElseThrow();
        double fiveMmPerH = QuantityParser.parse("5 mm/h", Dimension.SPEED);
        double onePerS = hydrogenChloride.scavengingPerS(fiveMmPerH, false);
        assertEquals(3.0e-4, onePerS, 1e-15);
        assertEquals(0.4173, 1 - Math.exp(-onePerS * 1800), 1e-4);
        double oneMmPerH = QuantityParser.parse("1 mm/h", Dimension.SPEED);
        assertEquals(0.1024, 1 - Math.exp(-hydrogenChloride.scavengingPerS(oneMmPerH, false) * 1800), 1e-4);
        RemovalParameters so2 = RemovalLibrary.bundled().find("sulfur-dioxide").orElseThrow();
        assertEquals(0.0526, 1 - Math.exp(-so2.scavengingPerS(oneMmPerH, false) * 1800), 1e-4);
    }

    @Test
    void fogScavengesLikeLightDrizzleAndNothingWashesChlorineOut() {
        RemovalParameters ammonia = RemovalLibrary.bundled().find("ammonia").orElseThrow();
        assertEquals(6.0e-6, ammonia.scavengingPerS(0, true), 1e-18);
        assertEquals(0, ammonia.scavengingPerS(0, false));
        RemovalParameters chlorine = RemovalLibrary.bundled().find("chlorine").orElseThrow();
        assertEquals(0, chlorine.scavengingPerS(QuantityParser.parse("20 mm/h", Dimension.SPEED), true));
    }

    @Test
    void aMissingSubstanceIsNamed() throws IOException {
        String message = errorFor("  - id: propane\n", "  - id: propane-x\n");
        assertEquals("removal.yaml: field \"substances[18].id\": \"propane-x\" is not the id of a substance of the"
                + " substance library", message);
        String missing = errorFor("  - id: n-butane\n", "  - id: propane\n");
        assertEquals("removal.yaml: field \"substances[19].id\": the substance \"propane\" is listed twice", missing);
    }

    @Test
    void badValuesNameFileSubstanceAndField() throws IOException {
        assertEquals("removal.yaml: substance \"ammonia\", field \"dry_deposition_velocity_m_per_s.value\": must be"
                + " >= 0, got -0.019", errorFor("{value: 0.019,", "{value: -0.019,"));
        assertEquals("removal.yaml: substance \"ammonia\", field \"dry_deposition_velocity_m_per_s.tag\": expected one"
                + " of [D, K, M, V, generic], got \"verified\"", errorFor("{value: 0.019, tag: V,",
                "{value: 0.019, tag: verified,"));
        assertEquals("removal.yaml: substance \"ammonia\", field \"dry_deposition_velocity_m_per_s.source\": is missing",
                errorFor("{value: 0.019, tag: V, source: \"Duyzer (1994) J. Geophys. Res. 99(D9), heathland mean 1.9"
                        + " cm/s (casualty-mechanisms.md §1.2); Sutton et al. (1992) 1–4 cm/s\"}",
                        "{value: 0.019, tag: V}"));
        assertEquals("removal.yaml: substance \"chlorine\", field \"gas_diffusivity_m2_per_s.value\": must be > 0,"
                + " got 0.0", errorFor("{value: 1.276e-5,", "{value: 0,"));
        assertTrue(errorFor("    rain_scavenging_per_s: {value: 3.0e-5",
                "    rain_scavening_per_s: {value: 3.0e-5").contains("unknown key"));
    }

    @Test
    void everySubstanceMustBeListed() throws IOException {
        String text = bundledText();
        int start = text.indexOf("  - id: n-butane");
        String withoutButane = text.substring(0, start);
        String message = assertThrows(IllegalArgumentException.class,
                () -> RemovalLibrary.parse(withoutButane, "removal.yaml", SubstanceLibrary.bundled())).getMessage();
        assertEquals("removal.yaml: field \"substances\": no removal parameters for n-butane; every substance needs an"
                + " entry (tag a generic value as such)", message);
    }
}
