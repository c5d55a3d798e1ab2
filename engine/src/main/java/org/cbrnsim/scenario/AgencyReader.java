package org.cbrnsim.scenario;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cbrnsim.units.Dimension;

/**
 * Reads {@code agencies:}: each agency's id (unique), name, kind, country (one of the region's) and units.
 * A unit names its type and the known place it is stationed {@code at}; count defaults to 1, crew,
 * capabilities and protection to its {@link UnitType}'s, call-out to "0 min" (on duty). Unit ids are unique
 * across agencies, and the names of a group's units ({@link UnitSpec#unitNames()}) must not clash with
 * another unit's.
 */
final class AgencyReader {

    static final List<String> KEYS = List.of("id", "name", "kind", "country", "source", "units");
    static final List<String> UNIT_KEYS =
            List.of("id", "type", "at", "count", "crew", "capabilities", "ppe", "call_out", "source");
    static final Choices<AgencyKind> KINDS = Choices.of("an agency kind", List.of(AgencyKind.values()), AgencyKind::yamlName);
    static final Choices<UnitType> TYPES = Choices.of("a unit type", List.of(UnitType.values()), UnitType::yamlName);
    static final Choices<Capability> CAPABILITIES =
            Choices.of("a capability", List.of(Capability.values()), Capability::yamlName);
    static final Choices<PpeLevel> PROTECTION = Choices.of("a protection level", List.of(PpeLevel.values()), PpeLevel::yamlName);

    private final Optional<RegionReader.ReadRegion> region;
    private final Places places;
    private final UniqueIds agencyIds = new UniqueIds("agency id");
    private final UniqueIds unitIds = new UniqueIds("unit id");
    /** Each unit name taken so far, with the id and line of the unit group that makes it. */
    private final Map<String, UnitName> unitNames = new HashMap<>();

    private record UnitName(String unitId, int line) {
    }

    private AgencyReader(Optional<RegionReader.ReadRegion> region, Places places) {
        this.region = region;
        this.places = places;
    }

    /** Every agency of the list; {@code region} is empty when the region has problems (countries are then not checked). */
    static Optional<List<AgencySpec>> read(YamlValue value, Optional<RegionReader.ReadRegion> region, Places places) {
        AgencyReader reader = new AgencyReader(region, places);
        return value.listOf(item -> item.mapping(KEYS).flatMap(reader::agency));
    }

    private Optional<AgencySpec> agency(YamlMapping agency) {
        Optional<String> id = agencyIds.required(agency, "id", Ids::read);
        Optional<String> name = agency.required("name", YamlValue::text);
        Optional<AgencyKind> kind = agency.required("kind", v -> v.choice(KINDS));
        Optional<String> country = agency.required("country",
                v -> region.isPresent() ? region.get().knownCountry(v) : v.text());
        Optional<String> source = agency.optional("source", YamlValue::text, "");
        Optional<List<UnitSpec>> units = agency.optional("units",
                v -> v.listOf(item -> item.mapping(UNIT_KEYS).flatMap(this::unit)), List.of());
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty() || country.isEmpty() || source.isEmpty() || units.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AgencySpec(id.get(), name.get(), kind.get(), country.get(), units.get(), source.get()));
    }

    private Optional<UnitSpec> unit(YamlMapping unit) {
        Optional<String> id = unitIds.required(unit, "id", Ids::read);
        Optional<UnitType> type = unit.required("type", v -> v.choice(TYPES));
        Optional<String> stationId = unit.required("at", places::knownId);
        Optional<Integer> count = unit.optional("count", v -> v.integerAtLeast(1), 1);
        Optional<Integer> crew = type.flatMap(t -> unit.optional("crew", v -> v.integerAtLeast(1), t.defaultCrew()));
        Optional<Set<Capability>> capabilities = type.flatMap(t -> unit.optional("capabilities",
                AgencyReader::capabilities, t.defaultCapabilities()));
        Optional<PpeLevel> ppe = type.flatMap(t -> unit.optional("ppe", v -> v.choice(PROTECTION), t.defaultPpe()));
        Optional<Double> callOutS = unit.optional("call_out", v -> v.nonNegative(Dimension.TIME), 0.0);
        Optional<String> source = unit.optional("source", YamlValue::text, "");
        if (id.isEmpty() || type.isEmpty() || stationId.isEmpty() || count.isEmpty() || crew.isEmpty()
                || capabilities.isEmpty() || ppe.isEmpty() || callOutS.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        UnitSpec spec = new UnitSpec(id.get(), type.get(), stationId.get(), count.get(), crew.get(), capabilities.get(),
                ppe.get(), callOutS.get(), source.get());
        return namesAreFree(unit.get("id").orElseThrow(), spec) ? Optional.of(spec) : Optional.empty();
    }

    /** At least one capability, each once. */
    private static Optional<Set<Capability>> capabilities(YamlValue value) {
        UniqueIds seen = new UniqueIds("capability");
        return value.nonEmptyListOf(item -> item.choice(CAPABILITIES).filter(c -> seen.add(item, c.yamlName())))
                .map(list -> EnumSet.copyOf(list));
    }

    /** True when none of the group's unit names is another group's; takes them. */
    private boolean namesAreFree(YamlValue idValue, UnitSpec spec) {
        for (String name : spec.unitNames()) {
            UnitName taken = unitNames.get(name);
            if (taken != null) {
                idValue.error("the unit name \"" + name + "\" is taken by the units of \"" + taken.unitId() + "\" (line "
                        + taken.line() + "); a unit with a count of n makes the units id-1 … id-n");
                return false;
            }
        }
        spec.unitNames().forEach(name -> unitNames.put(name, new UnitName(spec.id(), idValue.line())));
        return true;
    }
}
