package org.cbrnsim.scenario;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cbrnsim.geo.PlaceKind;
import org.cbrnsim.hazard.atmosphere.Roughness;
import org.cbrnsim.population.AirExchangeRates;
import org.cbrnsim.population.BuildingMix;
import org.cbrnsim.population.BuildingType;
import org.cbrnsim.population.ChannelKind;
import org.cbrnsim.population.StartShares;

/**
 * The values format 1 fills in for keys a scenario leaves out, each with where it comes from. Tags as in
 * the reference notes: [V] verified in the cited source, [A] an assumption of this loader (no number in
 * the notes), marked so that a facilitator knows to set it. "Notes" is
 * /work/shared/reference/exercise-and-response.md; "contract" is the scenario format
 * (/work/contract/scenario-format.yaml).
 */
public final class ScenarioDefaults {

    /** Physics step: 1 min (contract). */
    public static final double STEP_S = 60;
    /** Air temperature: 15 °C (contract). */
    public static final double AIR_TEMPERATURE_K = 288.15;
    /** Ground: open country, z0 = 3 cm (contract; ALOHA's preset, dispersion.md §1.4). */
    public static final Roughness ROUGHNESS = Roughness.OPEN_COUNTRY;
    /** Road speed: 50 km/h (contract). */
    public static final double ROAD_SPEED_MPS = 50 / 3.6;
    /** Release start: 0 min after T0 (contract). */
    public static final double RELEASE_START_S = 0;
    /** Release height above ground: 0 m (contract). */
    public static final double RELEASE_HEIGHT_M = 0;
    /** Liquid head above a tank's hole: 0 m [A], the hole at the liquid's surface level (least pressure). */
    public static final double TANK_HEAD_M = 0;

    /**
     * Residential density that sets a town's or village's default radius: 2000 per km² (contract). A check
     * against a real town: Otaci, 6043 residents on 3.71 km² (places.md, [V P2]), 1630 per km².
     */
    public static final double RESIDENTS_PER_M2 = 2000e-6;
    /** Radius of a place where (almost) nobody lives, e.g. a hospital or station: 100 m [A]. */
    public static final double MIN_PLACE_RADIUS_M = 100;

    /** Local hours (T0's offset) counted as night for the shares at T0: 22:00–06:00 [A]. */
    public static final int NIGHT_FROM_HOUR = 22;
    /** End of the night (exclusive), see {@link #NIGHT_FROM_HOUR}. */
    public static final int NIGHT_UNTIL_HOUR = 6;
    /** When the authorities start warning: 20 min after T0 [A] (the contract's example; the notes give no number). */
    public static final double WARNING_ISSUED_AT_S = 20 * 60;
    /** Who is warned: the places inside the AEGL-1 footprint (contract). */
    public static final AeglLevel WARNING_AREA = AeglLevel.AEGL_1;
    /** People outdoors notice the cloud at AEGL-1, the tier of notable discomfort and irritation (contract). */
    public static final AeglLevel CLOUD_CUE = AeglLevel.AEGL_1;
    /**
     * Weibull shape of every channel's delay: 1.75, the middle of the notes' k ≈ 1.5–2 (§4.6, fitted to the
     * warning diffusion of Chinese chemical-accident evacuations [V S124, S128]).
     */
    public static final double WEIBULL_SHAPE = 1.75;

    /**
     * P(shelter) of a warned person: 0.75, the middle of the notes' p_comply 0.6–0.9 (§4.6, suggested to be
     * swept).
     */
    public static final double SHELTER = 0.75;
    /** P(evacuate) of a warned person: 0.15 [A] (no number in the notes); the remaining 0.10 do nothing. */
    public static final double EVACUATE = 0.15;
    /** Median preparation delay of an evacuee: 15 min, the middle of the notes' lognormal median 10–20 min (§4.6). */
    public static final double PREPARATION_MEDIAN_S = 15 * 60;
    /** σ of the logarithm of the preparation delay: 0.5 [A] (the notes give none). */
    public static final double PREPARATION_SIGMA = 0.5;
    /** Share of evacuees on foot: 0.2 [A] (the contract's example; no number in the notes). */
    public static final double WALKING_SHARE = 0.2;
    /** Residents per agent: 1 (contract). */
    public static final double SCALE = 1;
    /**
     * Staffed beds per emergency-department space when a hospital gives no {@code ed_beds}: 20 [A], i.e. ED
     * spaces = 5 % of the beds. No ratio is in the notes; a 500-bed hospital gets 25 spaces, the median ED of the
     * level-II trauma centres of Rivera 2006 (exercise-and-response.md §4.4 [S119]), whose bed counts the notes
     * do not give.
     */
    public static final int BEDS_PER_ED_SPACE = 20;

    private ScenarioDefaults() {
    }

    /**
     * A place's default radius: the radius of a disc holding its residents at {@link #RESIDENTS_PER_M2},
     * √(population / (density·π)), rounded to the metre, and at least {@link #MIN_PLACE_RADIUS_M}.
     */
    public static double radiusM(int population) {
        return Math.max(MIN_PLACE_RADIUS_M, Math.rint(Math.sqrt(population / (RESIDENTS_PER_M2 * Math.PI))));
    }

    /**
     * Default building shares by kind of place [A]: a town 0.3 tight residential, 0.6 leaky residential,
     * 0.1 commercial (the contract's example); a village 0.1 tight, 0.9 leaky; a hospital, station or
     * border crossing all commercial; a port or plant all industrial; other places as a town.
     */
    public static BuildingMix buildings(PlaceKind kind) {
        return switch (kind) {
            case TOWN, OTHER -> BuildingMix.of(Map.of(BuildingType.TIGHT_RESIDENTIAL, 0.3,
                    BuildingType.LEAKY_RESIDENTIAL, 0.6, BuildingType.COMMERCIAL, 0.1));
            case VILLAGE -> BuildingMix.of(Map.of(BuildingType.TIGHT_RESIDENTIAL, 0.1,
                    BuildingType.LEAKY_RESIDENTIAL, 0.9));
            case HOSPITAL, STATION, CROSSING -> BuildingMix.all(BuildingType.COMMERCIAL);
            case PORT, PLANT -> BuildingMix.all(BuildingType.INDUSTRIAL);
        };
    }

    /**
     * Where people are at T0: {@link StartShares#NIGHT} (0.95/0.03/0.02 indoors/outdoors/in vehicles) from
     * 22:00 to 06:00 local time, else {@link StartShares#DAY} (0.80/0.15/0.05), both from the contract.
     */
    public static StartShares atStart(OffsetDateTime start) {
        int hour = start.getHour();
        return hour >= NIGHT_FROM_HOUR || hour < NIGHT_UNTIL_HOUR ? StartShares.NIGHT : StartShares.DAY;
    }

    /**
     * A channel's default reach and delay. Scale: sirens and cell broadcast 10 min, door-to-door 60 min (notes
     * §4.6); media 30 min [A]. Shape {@link #WEIBULL_SHAPE}. Reach [A] (the notes give none; the contract's
     * example): siren 0.7, cell broadcast 0.8, door-to-door 0.5, media 0.6.
     */
    public static ChannelSpec channel(ChannelKind kind) {
        return switch (kind) {
            case SIREN -> new ChannelSpec(kind, 0.7, WEIBULL_SHAPE, 10 * 60);
            case CELL_BROADCAST -> new ChannelSpec(kind, 0.8, WEIBULL_SHAPE, 10 * 60);
            case DOOR_TO_DOOR -> new ChannelSpec(kind, 0.5, WEIBULL_SHAPE, 60 * 60);
            case MEDIA -> new ChannelSpec(kind, 0.6, WEIBULL_SHAPE, 30 * 60);
        };
    }

    /** All four channels with their defaults. */
    public static List<ChannelSpec> channels() {
        return Arrays.stream(ChannelKind.values()).map(ScenarioDefaults::channel).toList();
    }

    /** The default warning: issued at 20 min to the AEGL-1 footprint on every channel, cloud cue AEGL-1. */
    public static WarningSpec warning() {
        return new WarningSpec(OptionalDouble.of(WARNING_ISSUED_AT_S), Optional.of(WARNING_AREA), channels(),
                Optional.of(CLOUD_CUE));
    }

    /** The default decision: {@link #SHELTER}, {@link #EVACUATE}, {@link #PREPARATION_MEDIAN_S}, {@link #PREPARATION_SIGMA}. */
    public static DecisionSpec decision() {
        return new DecisionSpec(SHELTER, EVACUATE, PREPARATION_MEDIAN_S, PREPARATION_SIGMA);
    }

    /**
     * Every population default for a scenario whose T0 is {@code start}; air exchange
     * {@link AirExchangeRates#defaults()} (buildings notes §4.5, pyELDQM citing EPA 452/R-99-013 [S110]; vehicle [A]).
     */
    public static PopulationSpec population(OffsetDateTime start) {
        return new PopulationSpec(atStart(start), AirExchangeRates.defaults(), warning(), decision(), evacuation(), SCALE,
                HealthSpec.defaults());
    }

    /** A hospital's ED spaces when it gives none: max(1, round(beds / {@link #BEDS_PER_ED_SPACE})) [A]. */
    public static int edBeds(int beds) {
        return Math.max(1, (int) Math.round(beds / (double) BEDS_PER_ED_SPACE));
    }

    /** The default evacuation: to the nearest town outside the warned area, {@link #WALKING_SHARE} on foot. */
    public static EvacuationSpec evacuation() {
        return new EvacuationSpec(List.of(), WALKING_SHARE);
    }
}
