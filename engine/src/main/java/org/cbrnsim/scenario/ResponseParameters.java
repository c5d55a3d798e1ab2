package org.cbrnsim.scenario;

import java.util.Map;
import java.util.Objects;

/**
 * How the responders and hospitals work, with the values of exercise-and-response.md §4 unless the scenario
 * overrides them ({@code response:} section). Times in seconds, speeds as factors, shares 0–1.
 *
 * @param alarm     the first emergency call and dispatch
 * @param scene     size-up, hazard estimate, cordon and work in protective equipment
 * @param decon     decontamination lines
 * @param triage    triage and how untreated patients deteriorate
 * @param hospitals emergency departments, surge and self-referral
 */
public record ResponseParameters(Alarm alarm, Scene scene, Decon decon, Triage triage, Hospitals hospitals) {

    public ResponseParameters {
        Objects.requireNonNull(alarm, "alarm");
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(decon, "decon");
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(hospitals, "hospitals");
    }

    /** The values of exercise-and-response.md §4, each with its source or marked assumed [A]. */
    public static ResponseParameters defaults() {
        return new ResponseParameters(
                new Alarm(300, false, 60, 80, 60, 1.25,
                        Map.of(UnitType.COMMAND, 1, UnitType.FIRE_ENGINE, 2, UnitType.HAZMAT, 1, UnitType.DETECTION, 1,
                                UnitType.DECONTAMINATION, 1, UnitType.AMBULANCE, 2, UnitType.POLICE, 2)),
                new Scene(300, 600, 600, 1800, 3, 2, 100),
                new Decon(1200, 120, 180, 240, 10, 10, 12, 4.0, 0.5),
                new Triage(TriageSystem.START, 60, 3600, 3600, 1800),
                new Hospitals(2.5 * 3600, 6 * 3600, 0.18, 0.44, 24 * 3600, 0.5, 0.8));
    }

    /**
     * The first call and the dispatch of the first assignment.
     *
     * @param firstCallS          when the first emergency call comes in (s after the release starts, or after the
     *                            cloud first reaches a resident above AEGL-1 when {@code onCloudReachingPeople}) [A]
     * @param onCloudReachingPeople whether the first call waits for the cloud to reach people
     * @param callHandlingS       from the call's answer to the dispatch order [A] (NFPA 1710: answer within 15 s)
     * @param turnoutFireS        turnout of fire, hazmat, police, civil-protection and military units (NFPA 1710: 80 s)
     * @param turnoutEmsS         turnout of EMS units (NFPA 1710: 60 s)
     * @param emergencySpeedFactor road speed under lights and sirens over the road's speed [A]
     * @param firstAssignment     units of each type sent on the first alarm of a chemical release [A]
     */
    public record Alarm(double firstCallS, boolean onCloudReachingPeople, double callHandlingS, double turnoutFireS,
                        double turnoutEmsS, double emergencySpeedFactor, Map<UnitType, Integer> firstAssignment) {
        public Alarm {
            Check.nonNegative("first call", firstCallS, "s");
            Check.nonNegative("call handling", callHandlingS, "s");
            Check.nonNegative("fire turnout", turnoutFireS, "s");
            Check.nonNegative("EMS turnout", turnoutEmsS, "s");
            Check.positive("emergency speed factor", emergencySpeedFactor, "");
            firstAssignment = Map.copyOf(firstAssignment);
            firstAssignment.forEach((type, n) -> {
                if (n < 0) {
                    throw new IllegalArgumentException("first assignment of " + type.yamlName() + " must be >= 0, got " + n);
                }
            });
        }
    }

    /**
     * On scene.
     *
     * @param sizeUpS         from the first unit on scene to command's first hazard estimate [A]
     * @param cordonSetupS    from the first traffic-control unit on scene to the cordon standing [A]
     * @param detectionS      from a detection unit on scene to its readings improving the estimate [A]
     * @param ppeWorkS        work time of one entry in respiratory protection: air supply (20 min – 2 h, §4.2 [S133])
     * @param hotZoneTier     AEGL tier whose estimated area is the hot zone
     * @param warmZoneTier    AEGL tier whose estimated area (outside the hot zone) is the warm zone
     * @param minimumHotRadiusM the hot zone's smallest radius around the source (m) [A]
     */
    public record Scene(double sizeUpS, double cordonSetupS, double detectionS, double ppeWorkS, int hotZoneTier,
                        int warmZoneTier, double minimumHotRadiusM) {
        public Scene {
            Check.nonNegative("size-up", sizeUpS, "s");
            Check.nonNegative("cordon set-up", cordonSetupS, "s");
            Check.nonNegative("detection", detectionS, "s");
            Check.positive("PPE work time", ppeWorkS, "s");
            if (hotZoneTier < 1 || hotZoneTier > 3 || warmZoneTier < 1 || warmZoneTier > hotZoneTier) {
                throw new IllegalArgumentException("hot and warm zone tiers must satisfy 1 <= warm <= hot <= 3, got hot "
                        + hotZoneTier + ", warm " + warmZoneTier);
            }
            Check.nonNegative("minimum hot-zone radius", minimumHotRadiusM, "m");
        }
    }

    /**
     * One decontamination line: disrobe → wash → re-robe, each stage with parallel stations.
     *
     * @param setupS            from the unit on scene to the line open [A]
     * @param disrobeS          mean disrobing time per person [A]
     * @param showerS           shower cycle (3 min, UK IRU [S115])
     * @param rerobeS           mean re-robing time per person: the usual bottleneck [S94], value [A]
     * @param disrobeStations   people disrobing at once [A]
     * @param showerStations    showers at once: 10 gives 200 persons/h at 3 min, the UK MD1 structure [S115]
     * @param rerobeStations    people re-robing at once [A]: 12 × 4 min gives 180 persons/h, re-robing the
     *                          bottleneck [S94] just under the showers' 200/h
     * @param nonAmbulatoryFactor how much longer every stage takes for a non-ambulatory casualty (3–5×, §4.2 [A])
     * @param serviceCv         coefficient of variation of the stage times (lognormal; 0: deterministic) [A]
     */
    public record Decon(double setupS, double disrobeS, double showerS, double rerobeS, int disrobeStations,
                        int showerStations, int rerobeStations, double nonAmbulatoryFactor, double serviceCv) {
        public Decon {
            Check.nonNegative("decontamination set-up", setupS, "s");
            Check.positive("disrobing time", disrobeS, "s");
            Check.positive("shower cycle", showerS, "s");
            Check.positive("re-robing time", rerobeS, "s");
            if (disrobeStations < 1 || showerStations < 1 || rerobeStations < 1) {
                throw new IllegalArgumentException("every decontamination stage needs at least 1 station");
            }
            if (!(nonAmbulatoryFactor >= 1)) {
                throw new IllegalArgumentException("non-ambulatory factor must be >= 1, got " + nonAmbulatoryFactor);
            }
            Check.nonNegative("service-time CV", serviceCv, "");
        }
    }

    /**
     * Triage and deterioration without treatment (START tolerable delays, §4.3 [S116]). Minor patients do not
     * worsen by waiting: their injury needs no admission, and START's 3 h for them is a tolerable wait.
     *
     * @param system                 START or SALT
     * @param triageS                time to triage one patient (START: ≤ 60 s [S116])
     * @param delayedToImmediateS    untreated delayed patient becomes immediate (START: up to 1 h tolerable)
     * @param immediateToDeadS       untreated immediate patient dies [A]
     * @param retriageS              interval of re-triage of waiting patients [A]
     */
    public record Triage(TriageSystem system, double triageS, double delayedToImmediateS,
                         double immediateToDeadS, double retriageS) {
        public Triage {
            Objects.requireNonNull(system, "system");
            Check.nonNegative("triage time", triageS, "s");
            Check.positive("delayed-to-immediate time", delayedToImmediateS, "s");
            Check.positive("immediate-to-dead time", immediateToDeadS, "s");
            Check.positive("re-triage interval", retriageS, "s");
        }
    }

    /**
     * Hospitals.
     *
     * @param edTimeS             ED time per critical or moderate casualty (2.5 h, Bayram 2011 [S119])
     * @param minorObservationS   observation of a minor casualty before release home (6 h, Ohbu 1997)
     * @param contingencySurgeShare extra beds in contingency, share of staffed beds (18 %, Bayram 2011 [S119])
     * @param earlyDischargeShare inpatients safe for early discharge in crisis (44 %, Kelen [S120])
     * @param earlyDischargeS     time over which early discharges free beds (24–48 h, Kelen [S120])
     * @param selfReferralShare   walking casualties who go to the nearest hospital on their own [A]
     * @param defaultOccupancy    occupancy when a hospital does not give one (Al Bashir 81 % in 2018, places.md) [A]
     */
    public record Hospitals(double edTimeS, double minorObservationS, double contingencySurgeShare,
                            double earlyDischargeShare, double earlyDischargeS, double selfReferralShare,
                            double defaultOccupancy) {
        public Hospitals {
            Check.positive("ED time", edTimeS, "s");
            Check.positive("minor observation", minorObservationS, "s");
            Check.nonNegative("contingency surge share", contingencySurgeShare, "");
            Check.fraction("early discharge share", earlyDischargeShare);
            Check.positive("early discharge time", earlyDischargeS, "s");
            Check.fraction("self-referral share", selfReferralShare);
            Check.fraction("default occupancy", defaultOccupancy);
        }
    }
}
