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
import org.cbrnsim.hazard.dispersion.ReleaseCloud;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.effects.ToxicLoad;
import org.cbrnsim.hazard.source.InitialCloud;
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

    private final ReleaseConditions conditions;
    private final List<ReleaseStep> steps;
    private final InitialCloud initialCloud;
    private final RichardsonChoice richardson;
    private final boolean dense;
    private final ReleaseCloud cloud;

    public HazardAssessment(ReleaseConditions conditions) {
        this.conditions = conditions;
        Atmosphere air = conditions.atmosphere();
        this.steps = conditions.source().averagedSteps(MAX_STEPS, HORIZON_S);
        this.initialCloud = conditions.source().initialCloud(air.temperatureK(), air.pressurePa());
        DenseGasAtmosphere denseAir = DenseGasAtmosphere.dryAir(air.temperatureK(), air.pressurePa(), air.windSpeed10mMps());
        this.richardson = richardsonChoice(denseAir);
        this.dense = switch (conditions.model()) {
            case GAUSSIAN -> false;
            case HEAVY -> true;
            case AUTO -> richardson.isDense();
        };
        this.cloud = dense ? denseCloud(denseAir) : passiveCloud();
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
                HORIZON_S);
    }

    private ReleaseCloud denseCloud(DenseGasAtmosphere denseAir) {
        double density = initialCloud.densityKgPerM3();
        DenseGasSourceCloud source = new DenseGasSourceCloud(density, initialCloud.temperatureK(), density);
        double rate = peakStepRateKgPerS();
        ReleaseStep held = new ReleaseStep(steps.get(0).startS(), steps.get(steps.size() - 1).endS(), rate);
        return new FiniteDurationPlume(List.of(held), new BritterMcQuaidSteadyField(rate, source, denseAir, passiveSpread()),
                new BealsAlongWindSpread(conditions.atmosphere().stability()), RECEPTOR_HEIGHT_M, HORIZON_S);
    }

    private PlumeSpread passiveSpread() {
        Atmosphere air = conditions.atmosphere();
        return SigmaSets.named(conditions.sigmaSet(), air.stability(), air.roughnessM());
    }

    private double peakStepRateKgPerS() {
        return steps.stream().mapToDouble(ReleaseStep::rateKgPerS).max().orElseThrow();
    }

    /** Threat zones for up to three levels of concern, worst first as given. */
    public List<ThreatZone> zones(List<LevelOfConcern> levels) {
        return new ThreatZoneFinder().find(cloud, levels);
    }

    /**
     * Exposure of a person outdoors at ground level at (x, y) over the horizon: the peak concentration
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
        for (double t = 0; t < HORIZON_S; t += EXPOSURE_STEP_S) {
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

    /** What was assessed. */
    public ReleaseConditions conditions() {
        return conditions;
    }
}
