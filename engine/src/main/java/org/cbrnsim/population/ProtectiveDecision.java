package org.cbrnsim.population;

import java.util.random.RandomGenerator;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * What a warned resident does, after PADM (Lindell &amp; Perry 2012: warning → perception →
 * decision → behaviour), reduced to the parameters of exercise-and-response.md §4.6:
 * <ul>
 * <li>In the behaviour phase after receipt, a Bernoulli choice: shelter with P(shelter), evacuate
 *     with P(evacuate), else nothing. Three uniforms per decision from stream "decision" (choice,
 *     travel mode, preparation), drawn whatever the choice, in resident order. A resident whose
 *     receipt is their own response to smelling the gas indoors ({@link OdourCue}) shelters.</li>
 * <li>Shelter: the resident goes (or stays) indoors at once and seals the building (sealed ACH).
 *     §4.5 says to leave or ventilate promptly once the plume has passed, so a sealed building is
 *     aired out (normal ACH) when the outdoor concentration has fallen below the indoor one and
 *     below the ventilation level, and sealed again if the outdoor concentration rises to that
 *     level. The outdoor value is the one sampled in the previous exposure phase.</li>
 * <li>Evacuate: on foot with P(walking share), else by car; departure at receipt + a lognormal
 *     preparation time, median·exp(σ·Φ⁻¹(u)); until then the resident stays where they are, not
 *     sealed. At departure they join their home place's route for the mode (outdoors on foot, in a
 *     vehicle by car, the cabin on recirculation since they have been warned: sealed vehicle ACH);
 *     the cabin starts with the air the resident brings. Without a route they stay put (the decision
 *     becomes {@link Decision#NO_ACTION}).</li>
 * </ul>
 */
public final class ProtectiveDecision {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private final DecisionParameters parameters;
    private final RandomGenerator stream;

    /** Decisions with {@code parameters}, drawing from {@code decisionStream}. */
    public ProtectiveDecision(DecisionParameters parameters, RandomGenerator decisionStream) {
        this.parameters = parameters;
        this.stream = decisionStream;
    }

    /** The lognormal preparation time (s) for the uniform number {@code u}. */
    double preparationS(double u) {
        double sigma = parameters.preparationSigma();
        return sigma == 0 ? parameters.preparationMedianS()
                : parameters.preparationMedianS() * Math.exp(sigma * STANDARD_NORMAL.inverseCumulativeProbability(u));
    }

    /**
     * Decides, shelters, ventilates and departs at {@code tS}, adding the departed to {@code enRoute}
     * and to {@code departures} (per home place, at their exact departure time).
     */
    void step(Residents r, OutdoorGrid grid, RouteTable routes, double tS, ResidentList enRoute,
              DepartureBatches departures) {
        byte undecided = Decision.UNDECIDED.code();
        byte shelter = Decision.SHELTER.code();
        byte evacuate = Decision.EVACUATE.code();
        byte indoors = LocationState.INDOORS.code();
        for (int i = 0; i < r.count(); i++) {
            if (!r.inPlay(i)) {
                continue;
            }
            byte decision = r.decision[i];
            if (decision == undecided) {
                if (!(r.warnedS[i] <= tS)) {
                    continue;
                }
                decision = decide(r, i);
            }
            if (decision == shelter && r.location[i] == indoors) {
                ventilate(r, i, grid.outdoorKgPerM3(i));
            } else if (decision == evacuate && !r.has(i, Residents.EN_ROUTE) && r.departureS[i] <= tS) {
                depart(r, i, routes, enRoute, departures);
            }
        }
    }

    private byte decide(Residents r, int i) {
        double choice = stream.nextDouble();
        double mode = stream.nextDouble();
        double preparation = stream.nextDouble();
        Decision decision;
        if (r.has(i, Residents.ACTS_ON_ODOUR) || choice < parameters.shelterProbability()) {
            decision = Decision.SHELTER;
            r.location[i] = LocationState.INDOORS.code();
            r.set(i, Residents.SEALED, true);
        } else if (choice < parameters.shelterProbability() + parameters.evacuateProbability()) {
            decision = Decision.EVACUATE;
            r.set(i, Residents.ON_FOOT, mode < parameters.walkingShare());
            r.departureS[i] = (float) (r.warnedS[i] + preparationS(preparation));
        } else {
            decision = Decision.NO_ACTION;
        }
        r.decision[i] = decision.code();
        return r.decision[i];
    }

    private void ventilate(Residents r, int i, double outdoorKgPerM3) {
        boolean sealed = r.has(i, Residents.SEALED);
        if (sealed && outdoorKgPerM3 < r.boxKgPerM3[i] && outdoorKgPerM3 < parameters.ventilateBelowKgPerM3()) {
            r.set(i, Residents.SEALED, false);
        } else if (!sealed && outdoorKgPerM3 >= parameters.ventilateBelowKgPerM3()) {
            r.set(i, Residents.SEALED, true);
        }
    }

    private static void depart(Residents r, int i, RouteTable routes, ResidentList enRoute,
                               DepartureBatches departures) {
        boolean onFoot = r.has(i, Residents.ON_FOOT);
        if (routes.route(r.homePlace[i], onFoot) == null) {
            r.decision[i] = Decision.NO_ACTION.code();
            return;
        }
        r.set(i, Residents.EN_ROUTE, true);
        r.set(i, Residents.SEALED, !onFoot);
        r.location[i] = (onFoot ? LocationState.OUTDOORS : LocationState.VEHICLE).code();
        enRoute.add(i);
        departures.add(r.homePlace[i], r.departureS[i]);
    }
}
