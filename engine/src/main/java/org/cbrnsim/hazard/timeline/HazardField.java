package org.cbrnsim.hazard.timeline;

import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.DryDepositionVelocity;
import org.cbrnsim.hazard.dispersion.GaussianPuffField;
import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.substance.RemovalParameters;

import java.util.List;

/**
 * The chemical clouds of a scenario over time: every release emits Gaussian puffs that the wind of the
 * weather timeline carries, so a wind shift turns the cloud toward another town or across a border.
 * Passive dispersion with the named σ set (ALOHA Table 13 by default) along the travel distance, the
 * transport wind of ALOHA (log profile at 3 m or the release height), and the virtual-distance rule of
 * {@link GaussianPuffField#changeConditions} when the stability changes. Dense-gas slumping near the
 * source is not represented in the time-stepped cloud (the stand-alone hazard assessment has it).
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
    private WeatherState current;
    private double depositionVelocityMps;
    private double depositedKg;
    private double washedOutKg;

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
    }

    /** Moves the clouds from {@code tS} to {@code tS + dtS} and adds what the sources released meanwhile. */
    public void advance(double tS, double dtS) {
        WeatherState scheduled = weather.at(tS);
        if (scheduled.dispersesDifferentlyFrom(current)) {
            puffs.changeConditions(spread(scheduled), scheduled.atmosphere().inversionHeightM());
        }
        if (!scheduled.equals(current)) {
            depositionVelocityMps = depositionVelocityMps(scheduled);
        }
        current = scheduled;
        WeatherState now = scheduled.turnedBy(meander.stepDeg(dtS, scheduled.atmosphere().stability()));
        Atmosphere air = now.atmosphere();
        double[] groundWind = now.velocityMps(air.transportWindMps(0));
        puffs.advance(dtS, groundWind[0], groundWind[1]);
        double scavengingPerS = removal.scavengingPerS(now.precipitationMps(), now.fog());
        depositedKg += puffs.depositDry(depositionVelocityMps, dtS);
        washedOutKg += puffs.decay(scavengingPerS, dtS);
        for (PlacedRelease release : releases) {
            double massKg = release.massBetweenKg(tS, tS + dtS);
            if (massKg > 0) {
                double[] wind = now.velocityMps(air.transportWindMps(release.heightM()));
                int count = (int) Math.max(1, Math.ceil(dtS / PUFF_INTERVAL_S));
                int first = puffs.size();
                double[] agesS = puffs.emit(massKg, dtS, count, release.xM(), release.yM(), release.heightM(),
                        wind[0], wind[1]);
                for (int k = 0; k < agesS.length; k++) {
                    depositedKg += puffs.depositDrySinceEmission(first + k, depositionVelocityMps, agesS[k]);
                    washedOutKg += puffs.decay(first + k, scavengingPerS, agesS[k]);
                }
            }
        }
        puffs.removeBeyond(MAX_TRAVEL_M);
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

    /** Ground-level concentration (kg/m³) at a point now. */
    public double groundConcentrationKgPerM3(double xM, double yM) {
        return puffs.concentrationAt(xM, yM, 0);
    }

    /** Receives the ground position of a puff. */
    @FunctionalInterface
    public interface PuffVisitor {
        void visit(double xM, double yM);
    }

    /** Visits the puffs whose own ground-level peak reaches {@code levelKgPerM3}, in their stored order. */
    public void forEachPuffAbove(double levelKgPerM3, PuffVisitor visitor) {
        for (int i = 0; i < puffs.size(); i++) {
            if (puffs.groundPeakKgPerM3(i) >= levelKgPerM3) {
                visitor.visit(puffs.centreXM(i), puffs.centreYM(i));
            }
        }
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
