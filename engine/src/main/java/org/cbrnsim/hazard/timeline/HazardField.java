package org.cbrnsim.hazard.timeline;

import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.dispersion.GaussianPuffField;
import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.SigmaSets;

import java.util.List;

/**
 * The chemical clouds of a scenario over time: every release emits Gaussian puffs that the wind of the
 * weather timeline carries, so a wind shift turns the cloud toward another town or across a border.
 * Passive dispersion with the named σ set (ALOHA Table 13 by default) along the travel distance, the
 * transport wind of ALOHA (log profile at 3 m or the release height), and the virtual-distance rule of
 * {@link GaussianPuffField#changeConditions} when the stability changes. Dense-gas slumping near the
 * source is not represented in the time-stepped cloud (the stand-alone hazard assessment has it).
 *
 * <p>One step moves the cloud from t to t + Δt under the weather in force at t, then adds the mass the
 * sources released during [t, t + Δt] as puffs every {@value #PUFF_INTERVAL_S} s of release time.
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
    private WeatherState current;

    /**
     * @param releases the releases, each at its place and start time
     * @param weather  the weather timeline
     * @param sigmaSet name of the passive σ set ({@link SigmaSets#NAMES})
     */
    public HazardField(List<PlacedRelease> releases, WeatherTimeline weather, String sigmaSet) {
        this.releases = List.copyOf(releases);
        this.weather = weather;
        this.sigmaSet = sigmaSet;
        this.current = weather.at(0);
        this.puffs = new GaussianPuffField(spread(current), 0, current.atmosphere().inversionHeightM());
    }

    /** Moves the clouds from {@code tS} to {@code tS + dtS} and adds what the sources released meanwhile. */
    public void advance(double tS, double dtS) {
        WeatherState now = weather.at(tS);
        if (now.dispersesDifferentlyFrom(current)) {
            puffs.changeConditions(spread(now), now.atmosphere().inversionHeightM());
        }
        current = now;
        Atmosphere air = now.atmosphere();
        double[] groundWind = now.velocityMps(air.transportWindMps(0));
        puffs.advance(dtS, groundWind[0], groundWind[1]);
        for (PlacedRelease release : releases) {
            double massKg = release.massBetweenKg(tS, tS + dtS);
            if (massKg > 0) {
                double[] wind = now.velocityMps(air.transportWindMps(release.heightM()));
                int count = (int) Math.max(1, Math.ceil(dtS / PUFF_INTERVAL_S));
                puffs.emit(massKg, dtS, count, release.xM(), release.yM(), release.heightM(), wind[0], wind[1]);
            }
        }
        puffs.removeBeyond(MAX_TRAVEL_M);
    }

    /** Ground-level concentration (kg/m³) at a point now. */
    public double groundConcentrationKgPerM3(double xM, double yM) {
        return puffs.concentrationAt(xM, yM, 0);
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
