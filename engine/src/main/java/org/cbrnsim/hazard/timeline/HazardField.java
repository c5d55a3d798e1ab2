package org.cbrnsim.hazard.timeline;

import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.DryDepositionVelocity;
import org.cbrnsim.hazard.densegas.BritterMcQuaidPlume;
import org.cbrnsim.hazard.densegas.DenseGasAtmosphere;
import org.cbrnsim.hazard.densegas.DenseGasSourceCloud;
import org.cbrnsim.hazard.densegas.RichardsonChoice;
import org.cbrnsim.hazard.densegas.RichardsonSwitch;
import org.cbrnsim.hazard.dispersion.GaussianPuffField;
import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.source.InitialCloud;
import org.cbrnsim.hazard.substance.RemovalParameters;
import org.cbrnsim.units.IdealGas;

import java.util.List;

/**
 * The chemical clouds of a scenario over time: every release emits Gaussian puffs that the wind of the
 * weather timeline carries, so a wind shift turns the cloud toward another town or across a border.
 * Passive dispersion with the named σ set (ALOHA Table 13 by default) along the travel distance, the
 * transport wind of ALOHA (log profile at 3 m or the release height), and the virtual-distance rule of
 * {@link GaussianPuffField#changeConditions} when the stability changes.
 *
 * <p>A release whose step is dense by ALOHA's Richardson-number switch ({@link RichardsonSwitch}, as the
 * stand-alone assessment decides it) starts as a dense near field ({@link DenseNearField}: the Britter–McQuaid
 * plume of that step's rate, from the finite source size of the workbook) and becomes passive puffs with the
 * same mass, width and concentration where the correlations end. No ground concentration read from the field
 * exceeds the pure vapour at the ambient temperature and pressure, P·M/(R·T) (10⁶ ppm).
 *
 * <p>One step moves the cloud from t to t + Δt under the weather in force at t, with the transport
 * direction turned by the {@link WindMeander} angle of the step; then removes what deposits to the ground
 * ({@link GaussianPuffField#depositDry}) and what rain or fog washes out ({@link RemovalParameters#scavengingPerS},
 * {@link GaussianPuffField#decay}); then adds the mass the sources released during [t, t + Δt] as puffs every
 * {@value #PUFF_INTERVAL_S} s of release time, along the same turned wind, each of which has already deposited
 * and been washed out for its age at the step's end. The removal parameters are those of one substance, the
 * scenario's (the levels of concern and the health model are that substance's too). The deposition velocity
 * is the resistance-in-series one of that weather ({@link DryDepositionVelocity}), computed once per weather
 * state of the timeline.
 */
public final class HazardField {

    /** Emission interval of puffs (s): short enough that neighbouring puffs overlap a few hundred metres out. */
    public static final double PUFF_INTERVAL_S = 10;
    /** Puffs that have travelled farther than this are dropped (m). */
    public static final double MAX_TRAVEL_M = 200_000;

    private final List<PlacedRelease> releases;
    private final WeatherTimeline weather;
    private final String sigmaSet;
    private final GaussianPuffField puffs;
    private final RemovalParameters removal;
    private final WindMeander meander;
    private final DenseNearField dense = new DenseNearField();
    private int densePuffCount;
    private WeatherState current;
    private double depositionVelocityMps;
    private double depositedKg;
    private double washedOutKg;
    private double ceilingKgPerM3;

    /**
     * @param releases the releases, each at its place and start time
     * @param weather  the weather timeline
     * @param sigmaSet name of the passive σ set ({@link SigmaSets#NAMES})
     */
    public HazardField(List<PlacedRelease> releases, WeatherTimeline weather, String sigmaSet) {
        this(releases, weather, sigmaSet, RemovalParameters.NONE, WindMeander.none());
    }

    /**
     * @param releases the releases, each at its place and start time
     * @param weather  the weather timeline
     * @param sigmaSet name of the passive σ set ({@link SigmaSets#NAMES})
     * @param removal  dry deposition and wet scavenging of the released substance
     * @param meander  the wind-direction meander (its own random stream), or {@link WindMeander#none()}
     */
    public HazardField(List<PlacedRelease> releases, WeatherTimeline weather, String sigmaSet,
                       RemovalParameters removal, WindMeander meander) {
        this.removal = removal;
        this.meander = meander;
        this.releases = List.copyOf(releases);
        this.weather = weather;
        this.sigmaSet = sigmaSet;
        this.current = weather.at(0);
        this.depositionVelocityMps = depositionVelocityMps(current);
        this.puffs = new GaussianPuffField(spread(current), 0, current.atmosphere().inversionHeightM());
        this.ceilingKgPerM3 = pureVapourKgPerM3(current);
        this.puffs.setCeilingKgPerM3(ceilingKgPerM3);
    }

    /** Moves the clouds from {@code tS} to {@code tS + dtS} and adds what the sources released meanwhile. */
    public void advance(double tS, double dtS) {
        WeatherState scheduled = weather.at(tS);
        puffs.truncate(puffs.size() - densePuffCount);
        if (scheduled.dispersesDifferentlyFrom(current)) {
            puffs.changeConditions(spread(scheduled), scheduled.atmosphere().inversionHeightM());
        }
        if (!scheduled.equals(current)) {
            depositionVelocityMps = depositionVelocityMps(scheduled);
        }
        current = scheduled;
        ceilingKgPerM3 = pureVapourKgPerM3(scheduled);
        puffs.setCeilingKgPerM3(ceilingKgPerM3);
        WeatherState now = scheduled.turnedBy(meander.stepDeg(dtS, scheduled.atmosphere().stability()));
        Atmosphere air = now.atmosphere();
        double[] groundWind = now.velocityMps(air.transportWindMps(0));
        puffs.advance(dtS, groundWind[0], groundWind[1]);
        double scavengingPerS = removal.scavengingPerS(now.precipitationMps(), now.fog());
        depositedKg += puffs.depositDry(depositionVelocityMps, dtS);
        washedOutKg += puffs.decay(scavengingPerS, dtS);
        dense.advance(dtS, groundWind[0], groundWind[1]);
        dense.handOver(puffs, groundWind[0], groundWind[1]);
        for (PlacedRelease release : releases) {
            double massKg = release.massBetweenKg(tS, tS + dtS);
            if (massKg > 0) {
                int count = (int) Math.max(1, Math.ceil(dtS / PUFF_INTERVAL_S));
                BritterMcQuaidPlume densePlume = densePlume(release, now, massKg / dtS);
                if (densePlume != null) {
                    dense.emit(densePlume, massKg, dtS, count, release.xM(), release.yM(), groundWind[0], groundWind[1]);
                } else {
                    double[] wind = now.velocityMps(air.transportWindMps(release.heightM()));
                    int first = puffs.size();
                    double[] agesS = puffs.emit(massKg, dtS, count, release.xM(), release.yM(), release.heightM(),
                            wind[0], wind[1]);
                    for (int k = 0; k < agesS.length; k++) {
                        depositedKg += puffs.depositDrySinceEmission(first + k, depositionVelocityMps, agesS[k]);
                        washedOutKg += puffs.decay(first + k, scavengingPerS, agesS[k]);
                    }
                }
            }
        }
        puffs.removeBeyond(MAX_TRAVEL_M);
        densePuffCount = dense.appendTo(puffs, groundWind[0], groundWind[1]);
    }

    /** The dry deposition velocity (m/s) of the removal's substance in {@code state}'s atmosphere. */
    private double depositionVelocityMps(WeatherState state) {
        return DryDepositionVelocity.velocityMps(state.atmosphere(), removal.gasDiffusivityM2PerS(),
                removal.surfaceDepositionVelocityMps());
    }

    /** The dry deposition velocity (m/s) in force at the last step. */
    public double depositionVelocityMps() {
        return depositionVelocityMps;
    }

    /**
     * The Britter–McQuaid plume of a release step of rate {@code rateKgPerS} when the Richardson-number switch
     * finds it dense in this weather, or null when it is passive. Its width is bounded by the release's whole
     * airborne mass, its passive part carried by the ground-level transport wind and spread by the σ set in force.
     */
    private BritterMcQuaidPlume densePlume(PlacedRelease release, WeatherState state, double rateKgPerS) {
        Atmosphere air = state.atmosphere();
        InitialCloud initial = release.source().initialCloud(air.temperatureK(), air.pressurePa());
        DenseGasAtmosphere denseAir = DenseGasAtmosphere.dryAir(air.temperatureK(), air.pressurePa(), air.windSpeed10mMps());
        RichardsonSwitch rule = RichardsonSwitch.documented();
        RichardsonChoice choice = initial.isAreaSource()
                ? rule.choosePuddle(rateKgPerS, initial.sourceDiameterM(), initial.densityKgPerM3(), denseAir)
                : rule.chooseContinuous(rateKgPerS, initial.densityKgPerM3(), denseAir);
        if (!choice.isDense()) {
            return null;
        }
        double wholeDurationS = release.source().airborneMassKg() / rateKgPerS;
        DenseGasSourceCloud source = DenseGasSourceCloud.pureVapour(initial.densityKgPerM3(), initial.temperatureK());
        return new BritterMcQuaidPlume(rateKgPerS, Double.isFinite(wholeDurationS) ? wholeDurationS : Double.POSITIVE_INFINITY,
                source, denseAir, spread(state), air.transportWindMps(0));
    }

    /** The densest pure vapour of the released substances at the ambient temperature and pressure (kg/m³): 10⁶ ppm. */
    private double pureVapourKgPerM3(WeatherState state) {
        Atmosphere air = state.atmosphere();
        double ceiling = 0;
        for (PlacedRelease release : releases) {
            double molarMass = release.source().initialCloud(air.temperatureK(), air.pressurePa()).molarMassKgPerMol();
            ceiling = Math.max(ceiling, IdealGas.densityKgPerM3(molarMass, air.temperatureK(), air.pressurePa()));
        }
        return ceiling > 0 ? ceiling : Double.POSITIVE_INFINITY;
    }

    /** Ground-level concentration (kg/m³) at a point now, at most {@link #ceilingKgPerM3()}. */
    public double groundConcentrationKgPerM3(double xM, double yM) {
        return puffs.concentrationAt(xM, yM, 0);
    }

    /**
     * The greatest concentration any reader of the field may report (kg/m³): the pure vapour of the released
     * substance at the ambient temperature and pressure, P·M/(R·T), i.e. 10⁶ ppm. The puff field caps its sums
     * at it; readers that add puffs up themselves (the raster) cap with it.
     */
    public double ceilingKgPerM3() {
        return ceilingKgPerM3;
    }

    /** The puffs, read-only use (rasters, views). */
    GaussianPuffField puffs() {
        return puffs;
    }

    /** The weather in force at the last step. */
    public WeatherState weather() {
        return current;
    }

    /** Mass in the air now (kg). */
    public double airborneMassKg() {
        return puffs.totalMassKg();
    }

    /** Mass deposited to the ground so far (kg). */
    public double depositedMassKg() {
        return depositedKg;
    }

    /** Mass washed out by rain or fog so far (kg). */
    public double washedOutMassKg() {
        return washedOutKg;
    }

    /** Number of puffs now. */
    public int puffCount() {
        return puffs.size();
    }

    /** The releases. */
    public List<PlacedRelease> releases() {
        return releases;
    }

    private PlumeSpread spread(WeatherState state) {
        return SigmaSets.named(sigmaSet, state.atmosphere().stability(), state.atmosphere().roughnessM());
    }
}
