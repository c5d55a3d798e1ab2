package org.cbrnsim.response.scene;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.hazard.effects.ToxicLoad;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.cbrnsim.population.AeglLevels;
import org.cbrnsim.population.HealthParameters;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.population.OutcomeLadder;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.units.ResponseUnit;

/**
 * The crews' own exposure on scene, by the residents' rules so that a responder and a resident with the same
 * breath are hurt alike.
 *
 * <p>Each crew member of a unit on scene breathes, over the step (t − Δt, t], the concentration at the unit's working
 * position at t divided by the assigned protection factor of the crew's equipment ({@link PpeProtection}). It adds
 * to ∫C dt and to the toxic load D = Σ Cⁿ·Δt in the units of the substance's lethality probit ({@link ToxicLoad}:
 * TNO Purple Book CPR 18E §5.2.2, C in the probit's ppm or mg/m³, t in minutes). As for residents
 * ({@code org.cbrnsim.population.HealthUpdate}): every crew member draws one tolerance u (from the stream given,
 * one uniform per member in the order units first come on scene), dies at D ≥ D*(u) (the lethality probit), and
 * reaches sought care, admitted and intensive care at the tiers of {@link OutcomeLadder}; the AEGL tier, for
 * substances whose tiers are guideline-based, is the time-averaged breathed concentration since the exposure clock
 * started (the first step whose breathed concentration reaches the lowest guideline level) against the levels of
 * {@link AeglLevels}. A member's outcome never improves.
 *
 * <p>When crew members of a unit are hurt or hurt worse in a step, one {@link ResponseEvents#respondersInjured}
 * goes out: {@code injured} counts those hurt for the first time (so the events add up to the responders injured),
 * and {@code severity} is the worst new outcome among them ("sought-care", "admitted", "icu" or "dead").
 */
public final class ResponderExposure {

    private final HealthParameters health;
    private final RandomGenerator tolerances;
    private final ResponseEvents out;
    private final OutcomeLadder ladder;
    private final double clockStartKgPerM3;
    private final AeglLevels levels;
    private final Map<String, Crew> crews = new LinkedHashMap<>();

    /**
     * @param health      the chemical, its probit and outcome tiers (the residents' own)
     * @param tolerances  the stream the crew members' tolerances are drawn from ({@code sim.random("response.exposure")})
     * @param out         where injuries go
     */
    public ResponderExposure(HealthParameters health, RandomGenerator tolerances, ResponseEvents out) {
        this.health = Objects.requireNonNull(health, "health");
        this.tolerances = Objects.requireNonNull(tolerances, "tolerances");
        this.out = Objects.requireNonNull(out, "out");
        this.ladder = new OutcomeLadder(health);
        this.levels = new AeglLevels(health);
        double lowest = levels.lowestKgPerM3();
        this.clockStartKgPerM3 = Double.isNaN(lowest) ? Double.POSITIVE_INFINITY : lowest;
    }

    /** {@code unit}'s crew works at {@code position} from now on (drawing their tolerances the first time). */
    public void onScene(ResponseUnit unit, LocalPoint position) {
        Crew crew = crews.computeIfAbsent(unit.id(), id -> new Crew(unit, lethalLoads(unit.crew())));
        crew.position = Objects.requireNonNull(position, "position");
        crew.working = true;
    }

    /** {@code unit}'s crew moves to work at {@code position}. */
    public void moveTo(ResponseUnit unit, LocalPoint position) {
        crew(unit.id()).position = Objects.requireNonNull(position, "position");
    }

    /** {@code unit}'s crew leaves the scene: it breathes nothing more until it comes back. */
    public void offScene(ResponseUnit unit) {
        crew(unit.id()).working = false;
    }

    /**
     * Every crew on scene breathes over (tS − dtS, tS] the concentration of {@code field} at its position at tS.
     *
     * @throws IllegalArgumentException for a step that is not a finite time &gt; 0 or a concentration below 0
     */
    public void step(double tS, double dtS, PointConcentration field) {
        if (!(dtS > 0) || Double.isInfinite(dtS)) {
            throw new IllegalArgumentException("exposure step must be a finite time > 0 s, got " + dtS);
        }
        for (Crew crew : crews.values()) {
            if (!crew.working) {
                continue;
            }
            double outsideKgPerM3 = field.kgPerM3(crew.position.xM(), crew.position.yM(), tS);
            if (!(outsideKgPerM3 >= 0)) {
                throw new IllegalArgumentException("concentration at unit " + crew.unit.id() + " must be >= 0 kg/m³, got "
                        + outsideKgPerM3);
            }
            double breathed = outsideKgPerM3 / PpeProtection.protectionFactor(crew.unit.ppe());
            crew.breathedKgPerM3 = breathed;
            if (breathed > 0) {
                crew.breathe(breathed, tS, dtS);
                judge(crew, tS);
            }
        }
    }

    /** The concentration {@code unitId}'s crew breathed in the last step (kg/m³). */
    public double breathedKgPerM3(String unitId) {
        return crew(unitId).breathedKgPerM3;
    }

    /** ∫C dt of the breathed concentration of {@code unitId}'s crew so far (kg·s/m³). */
    public double doseKgSPerM3(String unitId) {
        return crew(unitId).doseKgSPerM3;
    }

    /** Toxic load Σ Cⁿ·Δt of {@code unitId}'s crew, in (probit unit)ⁿ·min; 0 for a substance without a probit. */
    public double toxicLoad(String unitId) {
        Crew crew = crew(unitId);
        return crew.load == null ? 0 : crew.load.value();
    }

    /** The worst outcome so far of crew member {@code member} (0-based) of {@code unitId}. */
    public HealthState health(String unitId, int member) {
        return crew(unitId).state[member];
    }

    /** Crew members hurt so far (sought care or worse, dead included), over all units. */
    public int injuredCount() {
        int injured = 0;
        for (Crew crew : crews.values()) {
            for (HealthState state : crew.state) {
                injured += state == HealthState.NONE ? 0 : 1;
            }
        }
        return injured;
    }

    /** The label of an outcome in events, e.g. "sought-care". */
    public static String severityLabel(HealthState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private double[] lethalLoads(int members) {
        ProbitFunction probit = health.probit().orElse(null);
        double[] lethal = new double[members];
        for (int m = 0; m < members; m++) {
            double u = tolerances.nextDouble();
            lethal[m] = probit == null ? Double.POSITIVE_INFINITY : OutcomeLadder.loadAtLethality(probit, u);
        }
        return lethal;
    }

    private void judge(Crew crew, double tS) {
        double load = crew.load == null ? 0 : crew.load.value();
        int newlyHurt = 0;
        HealthState worst = HealthState.NONE;
        for (int m = 0; m < crew.state.length; m++) {
            HealthState now = load > 0 && load >= crew.lethalLoad[m] ? HealthState.DEAD
                    : ladder.tierReached(load, crew.lethalLoad[m], crew.aeglTier);
            if (now.compareTo(crew.state[m]) > 0) {
                newlyHurt += crew.state[m] == HealthState.NONE ? 1 : 0;
                worst = now.compareTo(worst) > 0 ? now : worst;
                crew.state[m] = now;
            }
        }
        if (worst != HealthState.NONE) {
            out.respondersInjured(tS, crew.unit.id(), crew.unit.countryCode(), newlyHurt, severityLabel(worst));
        }
    }

    private Crew crew(String unitId) {
        Crew crew = crews.get(unitId);
        if (crew == null) {
            throw new IllegalArgumentException("unit " + unitId + " has not been on scene");
        }
        return crew;
    }

    /** One unit's crew: one position and protection, so one breath; a tolerance and an outcome per member. */
    private final class Crew {
        final ResponseUnit unit;
        final double[] lethalLoad;
        final HealthState[] state;
        final ToxicLoad load;
        LocalPoint position;
        boolean working;
        double breathedKgPerM3;
        double doseKgSPerM3;
        double exposureStartS = Double.NaN;
        double clockDoseKgSPerM3;
        int aeglTier;

        Crew(ResponseUnit unit, double[] lethalLoad) {
            this.unit = unit;
            this.lethalLoad = lethalLoad;
            this.state = new HealthState[lethalLoad.length];
            Arrays.fill(state, HealthState.NONE);
            this.load = health.probit().map(p -> new ToxicLoad(p, health.substance().molarMassKgPerMol(),
                    health.temperatureK(), health.pressurePa())).orElse(null);
        }

        void breathe(double kgPerM3, double tS, double dtS) {
            doseKgSPerM3 += kgPerM3 * dtS;
            if (load != null) {
                load.add(kgPerM3, dtS);
            }
            if (Double.isNaN(exposureStartS)) {
                if (kgPerM3 < clockStartKgPerM3) {
                    return;
                }
                exposureStartS = tS - dtS;
            }
            clockDoseKgSPerM3 += kgPerM3 * dtS;
            double exposureS = tS - exposureStartS;
            aeglTier = Math.max(aeglTier, levels.tierExceeded(clockDoseKgSPerM3 / exposureS, AeglLevels.bin(exposureS)));
        }
    }
}
