package org.cbrnsim.population;

import java.util.Objects;

/**
 * The residents and their kernels behind one method per simulation phase. The core calls, at every
 * physics step t (seconds since T0, step Δt), in this order: {@link #warn}, {@link #behave},
 * {@link #move}, {@link #expose}, {@link #updateHealth}, {@link #count} (the fixed pipeline weather
 * → hazard → warning → behaviour → movement → exposure → health → record), and
 * {@link #issueWarning} when the authorities issue a warning. The state after the phases of step t
 * is the state at t; {@link #expose} integrates over (t − Δt, t].
 *
 * <p>Single-threaded, no allocation per resident and step; deterministic for the same residents, streams
 * and call sequence. Events go to {@link PopulationEvents} as milestones and per-step totals.
 */
public final class Population {

    private final Residents residents;
    private final OutdoorGrid grid;
    private final RouteTable routes;
    private final WarningReceipt warning;
    private final ProtectiveDecision decision;
    private final EvacuationMovement movement = new EvacuationMovement();
    private final ResidentList enRoute = new ResidentList();
    private final Exposure exposure;
    private final HealthUpdate health;
    private final double lowestGuidelineKgPerM3;
    private final PopulationEvents events;
    private final FirstTimes firstOfficial;
    private final FirstTimes firstSelfWarned;
    private final DepartureBatches departures;
    private final FirstTimes firstTier;
    private final FirstTimes firstInjury;
    private final StepTally arrivals;
    private final StepTally deaths;
    private double lastWarnS = Double.NEGATIVE_INFINITY;
    private InjuryListener injuries = InjuryListener.NONE;

    /**
     * The population of {@code residents} (from {@link ResidentPlacement}) with {@code parameters};
     * draws each resident's susceptibility from stream "health" now, and warnings, decisions and
     * care-seeking from their streams as they happen.
     */
    public Population(Residents residents, PopulationParameters parameters, PopulationRandom streams,
                      EvacuationRoutes routes, PopulationEvents events) {
        this.residents = Objects.requireNonNull(residents, "residents");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(streams, "streams");
        this.events = Objects.requireNonNull(events, "events");
        this.grid = new OutdoorGrid(parameters.cellSizeM(), residents);
        this.routes = new RouteTable(Objects.requireNonNull(routes, "routes"), residents.placeCount());
        this.warning = new WarningReceipt(parameters.channels(), parameters.cloudCueKgPerM3(), parameters.odourCue(),
                streams);
        this.decision = new ProtectiveDecision(parameters.decision(), streams.stream(PopulationRandom.DECISION));
        this.exposure = new Exposure(new IndoorAir(parameters.airExchange(), parameters.indoorLossPerS()),
                parameters.health());
        this.health = new HealthUpdate(parameters.health(), residents, streams.stream(PopulationRandom.HEALTH),
                streams.stream(PopulationRandom.CARE));
        this.lowestGuidelineKgPerM3 = new AeglLevels(parameters.health()).lowestKgPerM3();
        int places = residents.placeCount();
        int countries = residents.countryCount();
        firstOfficial = new FirstTimes(places);
        firstSelfWarned = new FirstTimes(places);
        departures = new DepartureBatches(places);
        firstTier = new FirstTimes(3 * countries);
        firstInjury = new FirstTimes(4 * countries);
        arrivals = new StepTally(places);
        deaths = new StepTally(places);
    }

    /** The residents (live arrays). */
    public Residents residents() {
        return residents;
    }

    /** The grid of outdoor samples. */
    public OutdoorGrid grid() {
        return grid;
    }

    /**
     * The lowest guideline level of any tier and duration (kg/m³), below which no resident's air counts
     * toward an AEGL tier; NaN when the substance has no guideline table.
     */
    public double lowestGuidelineKgPerM3() {
        return lowestGuidelineKgPerM3;
    }

    /**
     * The authorities issue a warning at {@code tS} to every place with {@code placeWarned[place]}
     * (one flag per place): receipt times are drawn now and take effect in {@link #warn}.
     */
    public void issueWarning(double tS, boolean[] placeWarned) {
        requireTime(tS);
        warning.issue(residents, placeWarned, tS);
    }

    /** Warning phase: receipts due by {@code tS} take effect, and the cloud cue is applied. */
    public void warn(double tS) {
        requireTime(tS);
        if (tS < lastWarnS) {
            throw new IllegalArgumentException("time must not go back: warning phase at " + tS + " s after " + lastWarnS
                    + " s");
        }
        warning.receive(residents, grid, lastWarnS, tS, firstOfficial, firstSelfWarned);
        lastWarnS = tS;
        firstOfficial.flush((place, t) -> events.firstWarned(t, place));
        firstSelfWarned.flush((place, t) -> events.firstSelfWarned(t, place));
    }

    /** Behaviour phase: warned residents decide; shelterers seal or air out; evacuees whose time has come depart. */
    public void behave(double tS) {
        requireTime(tS);
        decision.step(residents, grid, routes, tS, enRoute, departures);
        departures.flush((place, firstS, agents) -> events.departed(firstS, place, agents));
    }

    /** Movement phase: evacuees to their positions at {@code tS}; arrivals leave the hazard. */
    public void move(double tS) {
        requireTime(tS);
        movement.step(residents, grid, routes, tS, enRoute, arrivals);
        arrivals.flush((place, count) -> events.evacueesArrived(tS, place, count));
    }

    /** Exposure phase: samples {@code outdoor} once per occupied cell and integrates the step (tS − dtS, tS]. */
    public void expose(double tS, double dtS, ConcentrationAt outdoor) {
        requireTime(tS);
        grid.sample(Objects.requireNonNull(outdoor, "outdoor"));
        exposure.step(residents, grid, tS, dtS);
    }

    /** Tells {@code listener} of every resident whose outcome rises from now on (one listener; replaces the last). */
    public void onInjury(InjuryListener listener) {
        injuries = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Resident {@code resident}, injured and still alive, died at {@code tS} of an injury the exposure caused
     * but care did not reach in time (the responders' deterioration model); counted with the deaths from then on.
     */
    public void diedOfInjury(double tS, int resident) {
        requireTime(tS);
        if (residents.isDead(resident) || residents.health[resident] == HealthState.NONE.code()) {
            throw new IllegalArgumentException("resident " + resident + " must be injured and alive to die of the injury");
        }
        residents.health[resident] = HealthState.DEAD.code();
        deaths.add(residents.homePlace[resident]);
    }

    /** Health phase: AEGL tiers, outcomes (sought care, admitted, intensive care) and deaths at {@code tS}. */
    public void updateHealth(double tS) {
        requireTime(tS);
        health.step(residents, tS, firstTier, firstInjury, deaths, injuries);
        firstTier.flush((key, t) -> events.firstTierExceeded(t, key / 3, key % 3 + 1));
        firstInjury.flush((key, t) -> events.firstInjury(t, key / 4, HealthState.values()[key % 4 + 1]));
        deaths.flush((place, count) -> events.deaths(tS, place, count));
    }

    /** Record phase: fills {@code into} with the counts at {@code tS}. */
    public void count(double tS, PopulationCounts into) {
        requireTime(tS);
        into.tally(residents, health.worriedWell(), tS);
    }

    private static void requireTime(double tS) {
        if (!Double.isFinite(tS)) {
            throw new IllegalArgumentException("simulation time must be a finite number of seconds, got " + tS);
        }
    }
}
