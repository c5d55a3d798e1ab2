package org.cbrnsim.scenario;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbrnsim.scenario.ResponseParameters.Alarm;
import org.cbrnsim.scenario.ResponseParameters.Scene;
import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;

/**
 * Reads {@code response:}, how the responders work: every key is optional and overrides the one value of
 * {@link ResponseParameters#defaults()} it names, field by field (a {@code first_assignment} given for some
 * unit types keeps the default for the others). Its {@code alarm} and {@code scene} are read here, the care
 * of casualties by {@link CasualtyCareReader}.
 */
final class ResponseReader {

    static final List<String> KEYS = List.of("alarm", "scene", "decontamination", "triage", "hospitals");
    static final List<String> ALARM_KEYS =
            List.of("first_call", "call_handling", "turnout", "emergency_speed_factor", "first_assignment");
    static final List<String> TURNOUT_KEYS = List.of("fire", "ems");
    /** The unit types, spelt as the units' {@code type}. */
    static final List<String> FIRST_ASSIGNMENT_KEYS = Arrays.stream(UnitType.values()).map(UnitType::yamlName).toList();
    static final List<String> SCENE_KEYS = List.of("size_up", "cordon_setup", "detection", "ppe_work_time", "hot_zone",
            "warm_zone", "minimum_hot_radius");
    /** {@code first_call}'s word for "when the cloud first reaches a resident above AEGL-1", optionally "+ a delay". */
    static final String CLOUD_REACHES_PEOPLE = "when-cloud-reaches-people";
    static final Choices<AeglLevel> ZONE_TIERS = Choices.of("an AEGL tier", List.of(AeglLevel.values()), AeglLevel::yamlName);

    /** When the first call comes in: a delay after the release starts, or after the cloud reaches people. */
    private record FirstCall(double delayS, boolean onCloudReachingPeople) {
    }

    private ResponseReader() {
    }

    static Optional<ResponseParameters> read(YamlMapping response) {
        ResponseParameters d = ResponseParameters.defaults();
        Optional<Alarm> alarm = response.optional("alarm", v -> v.mapping(ALARM_KEYS, m -> alarm(m, d.alarm())), d.alarm());
        Optional<Scene> scene = response.optional("scene", v -> v.mapping(SCENE_KEYS, m -> scene(m, d.scene())), d.scene());
        Optional<ResponseParameters.Decon> decon = response.optional("decontamination",
                v -> v.mapping(CasualtyCareReader.DECON_KEYS, m -> CasualtyCareReader.decon(m, d.decon())), d.decon());
        Optional<ResponseParameters.Triage> triage = response.optional("triage",
                v -> v.mapping(CasualtyCareReader.TRIAGE_KEYS, m -> CasualtyCareReader.triage(m, d.triage())), d.triage());
        Optional<ResponseParameters.Hospitals> hospitals = response.optional("hospitals",
                v -> v.mapping(CasualtyCareReader.HOSPITAL_KEYS, m -> CasualtyCareReader.hospitals(m, d.hospitals())),
                d.hospitals());
        if (alarm.isEmpty() || scene.isEmpty() || decon.isEmpty() || triage.isEmpty() || hospitals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResponseParameters(alarm.get(), scene.get(), decon.get(), triage.get(), hospitals.get()));
    }

    /** {@code first_call} as the resolved file writes it: a duration, the word, or "the word + a duration". */
    static String firstCallText(Alarm alarm) {
        String delay = QuantityText.format(alarm.firstCallS(), Dimension.TIME);
        if (!alarm.onCloudReachingPeople()) {
            return delay;
        }
        return alarm.firstCallS() == 0 ? CLOUD_REACHES_PEOPLE : CLOUD_REACHES_PEOPLE + " + " + delay;
    }

    private static Optional<Alarm> alarm(YamlMapping m, Alarm d) {
        Optional<FirstCall> firstCall = m.optional("first_call", ResponseReader::firstCall,
                new FirstCall(d.firstCallS(), d.onCloudReachingPeople()));
        Optional<Double> callHandlingS = m.optional("call_handling", v -> v.nonNegative(Dimension.TIME), d.callHandlingS());
        Optional<double[]> turnoutS = m.optional("turnout", v -> v.mapping(TURNOUT_KEYS, t -> turnout(t, d)),
                new double[] {d.turnoutFireS(), d.turnoutEmsS()});
        Optional<Double> speedFactor = m.optional("emergency_speed_factor",
                v -> v.number().flatMap(n -> v.above(n, 0, "")), d.emergencySpeedFactor());
        Optional<Map<UnitType, Integer>> assignment = m.optional("first_assignment",
                v -> v.mapping(FIRST_ASSIGNMENT_KEYS, a -> firstAssignment(a, d.firstAssignment())), d.firstAssignment());
        if (firstCall.isEmpty() || callHandlingS.isEmpty() || turnoutS.isEmpty() || speedFactor.isEmpty()
                || assignment.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Alarm(firstCall.get().delayS(), firstCall.get().onCloudReachingPeople(),
                callHandlingS.get(), turnoutS.get()[0], turnoutS.get()[1], speedFactor.get(), assignment.get()));
    }

    private static Optional<FirstCall> firstCall(YamlValue value) {
        return value.parsed(text -> {
            String word = text.strip();
            if (!word.regionMatches(true, 0, CLOUD_REACHES_PEOPLE, 0, CLOUD_REACHES_PEOPLE.length())) {
                return new FirstCall(delayS(word, "a duration after the release starts such as \"5 min\", or \""
                        + CLOUD_REACHES_PEOPLE + "\" (+ a delay such as \"2 min\")"), false);
            }
            String rest = word.substring(CLOUD_REACHES_PEOPLE.length()).strip();
            if (rest.isEmpty()) {
                return new FirstCall(0, true);
            }
            if (!rest.startsWith("+")) {
                throw new IllegalArgumentException("expected \"" + CLOUD_REACHES_PEOPLE + "\" alone or followed by"
                        + " \"+\" and a delay such as \"2 min\", got \"" + text + "\"");
            }
            return new FirstCall(delayS(rest.substring(1), "a delay such as \"2 min\" after \"" + CLOUD_REACHES_PEOPLE
                    + " +\""), true);
        });
    }

    /** A duration ≥ 0; a text that is not one is refused with {@code expected}. */
    private static double delayS(String text, String expected) {
        double s;
        try {
            s = QuantityParser.parse(text, Dimension.TIME);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected " + expected + ", got \"" + text.strip() + "\"");
        }
        if (s < 0) {
            throw new IllegalArgumentException("the first call cannot come before the release, got \"" + text.strip() + "\"");
        }
        return s;
    }

    /** {fire (s), EMS (s)}; each defaults to the default turnout. */
    private static Optional<double[]> turnout(YamlMapping m, Alarm d) {
        Optional<Double> fireS = m.optional("fire", v -> v.nonNegative(Dimension.TIME), d.turnoutFireS());
        Optional<Double> emsS = m.optional("ems", v -> v.nonNegative(Dimension.TIME), d.turnoutEmsS());
        return fireS.isPresent() && emsS.isPresent() ? Optional.of(new double[] {fireS.get(), emsS.get()}) : Optional.empty();
    }

    /** The default assignment with the unit types given replaced. */
    private static Optional<Map<UnitType, Integer>> firstAssignment(YamlMapping m, Map<UnitType, Integer> defaults) {
        Map<UnitType, Integer> assignment = new EnumMap<>(UnitType.class);
        assignment.putAll(defaults);
        boolean complete = true;
        for (UnitType type : UnitType.values()) {
            Optional<YamlValue> given = m.get(type.yamlName());
            Optional<Integer> count = given.flatMap(v -> v.integerAtLeast(0));
            count.ifPresent(n -> assignment.put(type, n));
            complete &= given.isEmpty() || count.isPresent();
        }
        return complete ? Optional.of(assignment) : Optional.empty();
    }

    private static Optional<Scene> scene(YamlMapping m, Scene d) {
        Optional<Double> sizeUpS = m.optional("size_up", v -> v.nonNegative(Dimension.TIME), d.sizeUpS());
        Optional<Double> cordonS = m.optional("cordon_setup", v -> v.nonNegative(Dimension.TIME), d.cordonSetupS());
        Optional<Double> detectionS = m.optional("detection", v -> v.nonNegative(Dimension.TIME), d.detectionS());
        Optional<Double> ppeWorkS = m.optional("ppe_work_time", v -> v.positive(Dimension.TIME), d.ppeWorkS());
        Optional<AeglLevel> hot = m.optional("hot_zone", v -> v.choice(ZONE_TIERS), tier(d.hotZoneTier()));
        Optional<AeglLevel> warm = m.optional("warm_zone", v -> v.choice(ZONE_TIERS), tier(d.warmZoneTier()));
        Optional<Double> radiusM = m.optional("minimum_hot_radius", v -> v.nonNegative(Dimension.LENGTH),
                d.minimumHotRadiusM());
        if (sizeUpS.isEmpty() || cordonS.isEmpty() || detectionS.isEmpty() || ppeWorkS.isEmpty() || hot.isEmpty()
                || warm.isEmpty() || radiusM.isEmpty()) {
            return Optional.empty();
        }
        YamlValue where = m.get("warm_zone").or(() -> m.get("hot_zone")).orElse(m.self());
        if (!where.check(warm.get().tier() <= hot.get().tier(), "the warm zone is the area of a lower AEGL tier than"
                + " the hot zone, or the same: got hot_zone " + hot.get().yamlName() + ", warm_zone " + warm.get().yamlName())) {
            return Optional.empty();
        }
        return Optional.of(new Scene(sizeUpS.get(), cordonS.get(), detectionS.get(), ppeWorkS.get(), hot.get().tier(),
                warm.get().tier(), radiusM.get()));
    }

    /** The AEGL level of a tier 1–3. */
    static AeglLevel tier(int tier) {
        return AeglLevel.values()[tier - 1];
    }
}
