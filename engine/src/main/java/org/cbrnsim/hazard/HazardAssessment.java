package org.cbrnsim.hazard;

import org.cbrnsim.hazard.densegas.BritterMcQuaidSteadyField;
import org.cbrnsim.hazard.densegas.DenseGasAtmosphere;
import org.cbrnsim.hazard.densegas.DenseGasSourceCloud;
import org.cbrnsim.hazard.densegas.RichardsonChoice;
import org.cbrnsim.hazard.densegas.RichardsonSwitch;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.dispersion.BealsAlongWindSpread;
import org.cbrnsim.hazard.dispersion.FiniteDurationPlume;
import org.cbrnsim.hazard.dispersion.GaussianPlume;
import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.PureVapourCeiling;
import org.cbrnsim.hazard.dispersion.ReleaseCloud;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.effects.ToxicLoad;
import org.cbrnsim.hazard.source.InitialCloud;
import org.cbrnsim.hazard.source.InstantaneousRelease;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.cbrnsim.hazard.source.ReleaseStep;
import org.cbrnsim.hazard.zones.LevelOfConcern;
import org.cbrnsim.hazard.zones.ThreatZone;
import org.cbrnsim.hazard.zones.ThreatZoneFinder;

import java.util.List;
import java.util.Optional;

/**
 * A stand-alone, ALOHA-style hazard assessment of one release in a steady wind: the source is
 * summarised as up to five steady steps over its first hour (ALOHA Tech Doc, Jones et al. 2013, §3),
 * the model is chosen by Richardson number unless forced (§4.1, §4.4.1), and the cloud gives threat
 * zones and the concentration at any point on the ground.
 *
 * <p>Passive clouds: Palazzi finite-duration Gaussian plumes with the chosen σ set, Beals σx, the
 * transport wind at 3 m or the release height, and the inversion lid. Dense clouds: the steady
 * Britter–McQuaid (1988) plume of the highest step rate, with the source density from the initial
 * cloud and the same passive σ set beyond the dense-gas correlations, held over the whole release
 * (conservative for falling rates) and smeared along the wind with the same Palazzi factor and Beals
 * σx, as ALOHA handles the finite duration of its heavy-gas cloud (Tech Doc §4.4; dispersion.md §1.7).
 * The dense cloud travels at the 10 m wind, the speed of the Britter–McQuaid correlations. Its peak
 * never exceeds the steady plume of the same rate and does not rise with distance.
 *
 * <p>Time window. ALOHA follows a release for its first hour ({@link #HORIZON_S}); threat zones keep that
 * convention ({@link #HazardAssessment(ReleaseConditions)}). A point far downwind in a light wind is reached
 * later, so the peak at given distances and the warned-area forecast follow the cloud's whole passage
 * ({@link #followingPassage}). No concentration exceeds the pure vapour at ambient temperature and pressure
 * (10⁶ ppm, {@link PureVapourCeiling}).
 */
public final class HazardAssessment {

    /** ALOHA follows a release and its footprint for its first hour. */
    public static final double HORIZON_S = 3600;
    /** ALOHA summarises a time-varying source as at most five steady steps. */
    public static final int MAX_STEPS = 5;
    /** Threat zones and the concentrations reported are at ground level. */
    public static final double RECEPTOR_HEIGHT_M = 0;
    /** Time step (s) of the exposure integral at a point: the midpoint rule. */
    public static final double EXPOSURE_STEP_S = 2;

    /** Extra time (s) after the slowest part of the cloud has covered 1.5 times a distance, for its tail to pass. */
    static final double PASSAGE_MARGIN_S = 600;

    private final ReleaseConditions conditions;
    private final double horizonS;
    private final List<ReleaseStep> steps;
    private final InitialCloud initialCloud;
    private final RichardsonChoice richardson;
    private final boolean dense;
    private final ReleaseCloud cloud;

    /** An assessment over ALOHA's first hour ({@link #HORIZON_S}), the window of its threat zones. */
    public HazardAssessment(ReleaseConditions conditions) {
        this(conditions, HORIZON_S);
    }

    /**
     * An assessment over the first {@code horizonS} seconds: the source is summarised and the cloud followed
     * over that window.
     *
     * @param horizonS time window (s), &gt; 0 and finite
     */
    public HazardAssessment(ReleaseConditions conditions, double horizonS) {
        if (!(horizonS > 0) || Double.isInfinite(horizonS)) {
            throw new IllegalArgumentException("assessment window must be finite and > 0 s, got " + horizonS);
        }
        this.conditions = conditions;
        this.horizonS = horizonS;
        Atmosphere air = conditions.atmosphere();
        this.steps = conditions.source().averagedSteps(MAX_STEPS, horizonS);
        this.initialCloud = conditions.source().initialCloud(air.temperatureK(), air.pressurePa());
        DenseGasAtmosphere denseAir = DenseGasAtmosphere.dryAir(air.temperatureK(), air.pressurePa(), air.windSpeed10mMps());
        this.richardson = richardsonChoice(denseAir);
        this.dense = switch (conditions.model()) {
            case GAUSSIAN -> false;
            case HEAVY -> true;
            case AUTO -> richardson.isDense();
        };
        ReleaseCloud model = dense ? denseCloud(denseAir) : passiveCloud();
        this.cloud = new PureVapourCeiling(model, initialCloud.molarMassKgPerMol(), air.temperatureK(), air.pressurePa());
    }

    /**
     * An assessment that follows the cloud until it has passed {@code distanceM} downwind, however long that
     * takes (at least ALOHA's hour): the source's whole release, plus the time the slower of the 10 m wind
     * (dense cloud) and the transport wind (passive cloud) takes to cover 1.5 times the distance (the along-wind
     * spread of the cloud's tail), plus {@value #PASSAGE_MARGIN_S} s [A].
     *
     * @param distanceM farthest downwind distance of interest (m), &gt; 0
     */
    public static HazardAssessment followingPassage(ReleaseConditions conditions, double distanceM) {
        if (!(distanceM > 0) || Double.isInfinite(distanceM)) {
            throw new IllegalArgumentException("distance must be finite and > 0 m, got " + distanceM);
        }
        Atmosphere air = conditions.atmosphere();
        double slowest = Math.min(air.windSpeed10mMps(), air.transportWindMps(conditions.releaseHeightM()));
        double durationS = conditions.source().durationS();
        double releaseS = Math.max(InstantaneousRelease.ALOHA_EQUIVALENT_DURATION_S, Double.isFinite(durationS) ? durationS : 0);
        double passageS = releaseS + 1.5 * distanceM / slowest + PASSAGE_MARGIN_S;
        return new HazardAssessment(conditions, Math.max(HORIZON_S, passageS));
    }

    private RichardsonChoice richardsonChoice(DenseGasAtmosphere denseAir) {
        RichardsonSwitch rule = RichardsonSwitch.documented();
        double rate = peakStepRateKgPerS();
        return initialCloud.isAreaSource()
                ? rule.choosePuddle(rate, initialCloud.sourceDiameterM(), initialCloud.densityKgPerM3(), denseAir)
                : rule.chooseContinuous(rate, initialCloud.densityKgPerM3(), denseAir);
    }

    private ReleaseCloud passiveCloud() {
        Atmosphere air = conditions.atmosphere();
        GaussianPlume plume = new GaussianPlume(conditions.releaseHeightM(), transportWindMps(), passiveSpread(),
                air.inversionHeightM());
        return new FiniteDurationPlume(steps, plume, new BealsAlongWindSpread(air.stability()), RECEPTOR_HEIGHT_M,
                horizonS);
    }

    private ReleaseCloud denseCloud(DenseGasAtmosphere denseAir) {
        double density = initialCloud.densityKgPerM3();
        DenseGasSourceCloud source = DenseGasSourceCloud.pureVapour(density, initialCloud.temperatureK());
        double rate = peakStepRateKgPerS();
        ReleaseStep held = new ReleaseStep(steps.get(0).startS(), steps.get(steps.size() - 1).endS(), rate);
        double wholeDurationS = conditions.source().airborneMassKg() / rate;
        BritterMcQuaidSteadyField plume = new BritterMcQuaidSteadyField(rate,
                Double.isFinite(wholeDurationS) ? wholeDurationS : Double.POSITIVE_INFINITY, source, denseAir,
                passiveSpread(), transportWindMps());
        return new FiniteDurationPlume(List.of(held), plume,
                new BealsAlongWindSpread(conditions.atmosphere().stability()), RECEPTOR_HEIGHT_M, horizonS);
    }

    private PlumeSpread passiveSpread() {
        Atmosphere air = conditions.atmosphere();
        return SigmaSets.named(conditions.sigmaSet(), air.stability(), air.roughnessM());
    }

    private double peakStepRateKgPerS() {
        return steps.stream().mapToDouble(ReleaseStep::rateKgPerS).max().orElseThrow();
    }

    /** Threat zones for up to three levels of concern, worst first as given, up to ALOHA's 10 km. */
    public List<ThreatZone> zones(List<LevelOfConcern> levels) {
        return new ThreatZoneFinder().find(cloud, levels);
    }

    /** Threat zones as above, searched up to {@code lengthCapM} (m). */
    public List<ThreatZone> zones(List<LevelOfConcern> levels, double lengthCapM) {
        return new ThreatZoneFinder(lengthCapM).find(cloud, levels);
    }

    /**
     * Exposure of a person outdoors at ground level at (x, y) over the assessment's window: the peak concentration
     * and, with a probit, the toxic load Σ Cⁿ·Δt (TNO Purple Book CPR 18E §5.2.2) and the probability
     * of death, sampled every {@link #EXPOSURE_STEP_S} s.
     *
     * @param probit            lethality probit, or empty for the peak only
     * @param molarMassKgPerMol molar mass of the released substance, for ppm
     */
    public PointExposure exposureAt(double xM, double yM, Optional<ProbitFunction> probit, double molarMassKgPerMol) {
        Atmosphere air = conditions.atmosphere();
        Optional<ToxicLoad> load = probit.map(p -> new ToxicLoad(p, molarMassKgPerMol, air.temperatureK(), air.pressurePa()));
        double peak = 0;
        double peakTime = 0;
        for (double t = 0; t < horizonS; t += EXPOSURE_STEP_S) {
            double c = cloud.concentrationKgPerM3(xM, yM, t + EXPOSURE_STEP_S / 2);
            if (c > peak) {
                peak = c;
                peakTime = t + EXPOSURE_STEP_S / 2;
            }
            load.ifPresent(l -> l.add(c, EXPOSURE_STEP_S));
        }
        Optional<PointExposure.Lethality> lethality = probit.map(p -> new PointExposure.Lethality(p.setName(),
                load.orElseThrow().value(), p.concentrationUnit().symbol() + "^" + p.n() + "·min",
                load.orElseThrow().probabilityOfDeath()));
        return new PointExposure(xM, yM, Math.max(peak, cloud.peakKgPerM3(xM, yM)), peakTime, lethality);
    }

    /** The cloud: concentration and peak at ground level, x downwind of the source. */
    public ReleaseCloud cloud() {
        return cloud;
    }

    /** True when the dense-gas model is in use (forced, or chosen by Richardson number). */
    public boolean isDense() {
        return dense;
    }

    /** The Richardson-number test, computed whatever model was forced, so outputs can show it. */
    public RichardsonChoice richardson() {
        return richardson;
    }

    /** The steady steps the source was summarised as. */
    public List<ReleaseStep> steps() {
        return steps;
    }

    /** The state of the cloud at the source. */
    public InitialCloud initialCloud() {
        return initialCloud;
    }

    /** Wind speed that carries the passive cloud (m/s): at 3 m, or at the release height if higher. */
    public double transportWindMps() {
        return conditions.atmosphere().transportWindMps(conditions.releaseHeightM());
    }

    /** The time window (s) over which the source is summarised and the cloud followed. */
    public double horizonS() {
        return horizonS;
    }

    /** What was assessed. */
    public ReleaseConditions conditions() {
        return conditions;
    }
}
