package org.cbrnsim.response.scene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.response.units.Fleet;
import org.cbrnsim.response.units.ResponseUnit;
import org.cbrnsim.response.units.UnitState;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.sim.EventScheduler;

/**
 * Rescue of non-ambulatory casualties from the hot zone by pairs of rescuers in protective equipment, every trip an
 * exact-time event.
 *
 * <p>Who: units with {@link Capability#RESCUE_IN_PPE} whose equipment allows a hot-zone entry
 * ({@link PpeProtection#allowsHotZoneEntry}); each gives ⌊crew / 2⌋ pairs (the buddy system), ready
 * {@link RescueParameters#donningS} after it joins. {@link RescueParameters#backupPairs} ready pairs stay outside
 * while any pair is in, so a pair goes in only when that many others are ready besides it.
 *
 * <p>How: a pair carries one casualty per trip from the access point (where the rescue starts and the casualties are
 * handed over, e.g. the decontamination line) and back: trip = d / walk-in speed + d / carry-out speed + handling,
 * d the straight-line distance to the casualty. An entry lasts at most the air supply W ({@code Scene.ppeWorkS},
 * 20 min – 2 h in levels A/B, exercise-and-response.md §4.2 [S133]); a trip is begun only if it ends within W of the
 * entry, so a pair brings out ⌊W / trip⌋ casualties at distance d per entry. Each trip takes the nearest waiting
 * casualty it can finish [A]. After an entry, and when no casualty is waiting, the pair comes out and is ready again
 * after {@link RescueParameters#restS}. Ready pairs go in longest-ready first, then in the order they joined.
 * Casualties whose one trip takes longer than W are beyond reach and never taken.
 */
public final class HotZoneRescue {

    private final LocalPoint accessPoint;
    private final double ppeWorkS;
    private final RescueParameters parameters;
    private final Fleet fleet;
    private final EventScheduler events;
    private final CasualtyBroughtOut broughtOut;
    private final List<Pair> pairs = new ArrayList<>();
    private final List<RescueCasualty> waiting = new ArrayList<>();
    private final List<RescueCasualty> beyondReach = new ArrayList<>();
    private int broughtOutCount;

    /**
     * @param accessPoint where rescuers go in and hand casualties over (local metres)
     * @param ppeWorkS    air supply of one entry (s), {@code ResponseParameters.Scene.ppeWorkS}
     * @param parameters  speeds, handling, rest, donning and back-up
     * @param fleet       the fleet, to set the teams' task to rescue
     * @param events      the scheduler of exact-time events
     * @param broughtOut  told of each casualty brought out
     */
    public HotZoneRescue(LocalPoint accessPoint, double ppeWorkS, RescueParameters parameters, Fleet fleet,
                         EventScheduler events, CasualtyBroughtOut broughtOut) {
        if (!(ppeWorkS > 0) || Double.isInfinite(ppeWorkS)) {
            throw new IllegalArgumentException("PPE work time must be finite and > 0 s, got " + ppeWorkS);
        }
        this.accessPoint = Objects.requireNonNull(accessPoint, "accessPoint");
        this.ppeWorkS = ppeWorkS;
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.events = Objects.requireNonNull(events, "events");
        this.broughtOut = Objects.requireNonNull(broughtOut, "broughtOut");
    }

    /** True when {@code unit} may rescue in the hot zone: it can, and its equipment allows the entry. */
    public static boolean canEnterHotZone(ResponseUnit unit) {
        return unit.has(Capability.RESCUE_IN_PPE) && PpeProtection.allowsHotZoneEntry(unit.ppe());
    }

    /** One trip to a casualty {@code distanceM} from the access point and back with them (s). */
    public double tripS(double distanceM) {
        return distanceM / parameters.walkInMPerS() + distanceM / parameters.carryOutMPerS() + parameters.handlingS();
    }

    /** Casualties at {@code distanceM} one pair brings out in one entry: ⌊W / trip⌋. */
    public int casualtiesPerEntry(double distanceM) {
        return (int) Math.floor(ppeWorkS / tripS(distanceM));
    }

    /**
     * {@code unit}, on scene now, joins the rescue (again, if it came back: its pairs keep their rest).
     *
     * @throws IllegalArgumentException when it may not enter the hot zone
     */
    public void addTeam(ResponseUnit unit) {
        if (!canEnterHotZone(unit)) {
            throw new IllegalArgumentException("unit " + unit.id() + " may not rescue in the hot zone: "
                    + (unit.has(Capability.RESCUE_IN_PPE) ? "its " + unit.ppe().yamlName() + " equipment does not allow it"
                    : "it cannot rescue in PPE"));
        }
        double nowS = events.nowS();
        if (pairs.stream().noneMatch(pair -> pair.unit == unit)) {
            double readyS = nowS + parameters.donningS();
            for (int k = 0; k < unit.crew() / 2; k++) {
                pairs.add(new Pair(unit, pairs.size(), readyS));
            }
            events.at(readyS, this::startEntries);
        }
        startEntries(nowS);
    }

    /** Casualties now waiting in the hot zone; those beyond reach are set aside. */
    public void addCasualties(List<RescueCasualty> casualties) {
        for (RescueCasualty casualty : casualties) {
            (tripS(distanceM(casualty)) <= ppeWorkS ? waiting : beyondReach).add(casualty);
        }
        startEntries(events.nowS());
    }

    /** Takes a waiting casualty off the list (e.g. one who died); false when not waiting (taken, or unknown). */
    public boolean withdraw(String casualtyId) {
        return waiting.removeIf(casualty -> casualty.id().equals(casualtyId));
    }

    /** Casualties waiting to be carried out (not those beyond reach or on their way out). */
    public int waitingCount() {
        return waiting.size();
    }

    /** Casualties brought out so far. */
    public int broughtOutCount() {
        return broughtOutCount;
    }

    /** Casualties too far for one trip within the air supply, in the order they came. */
    public List<RescueCasualty> beyondReach() {
        return List.copyOf(beyondReach);
    }

    private void startEntries(double tS) {
        while (!waiting.isEmpty()) {
            List<Pair> ready = pairs.stream().filter(pair -> pair.isReadyAt(tS))
                    .sorted(Comparator.comparingDouble((Pair pair) -> pair.readySinceS).thenComparingInt(pair -> pair.index))
                    .toList();
            if (ready.size() <= parameters.backupPairs()) {
                return;
            }
            Pair pair = ready.get(0);
            pair.inside = true;
            pair.entryS = tS;
            if (pair.unit.task() != UnitTask.RESCUE) {
                fleet.startTask(pair.unit, UnitTask.RESCUE, tS);
            }
            nextTrip(pair, tS);
        }
    }

    private void nextTrip(Pair pair, double tS) {
        double airLeftS = ppeWorkS - (tS - pair.entryS);
        RescueCasualty nearest = null;
        for (RescueCasualty casualty : waiting) {
            if (tripS(distanceM(casualty)) <= airLeftS && (nearest == null || distanceM(casualty) < distanceM(nearest))) {
                nearest = casualty;
            }
        }
        if (nearest == null) {
            comeOut(pair, tS);
            return;
        }
        RescueCasualty carried = nearest;
        waiting.remove(carried);
        events.at(tS + tripS(distanceM(carried)), t -> {
            broughtOutCount++;
            broughtOut.broughtOut(carried, pair.unit.id(), t);
            nextTrip(pair, t);
        });
    }

    private void comeOut(Pair pair, double tS) {
        pair.inside = false;
        pair.readySinceS = tS + parameters.restS();
        events.at(pair.readySinceS, this::startEntries);
        startEntries(tS);
    }

    private double distanceM(RescueCasualty casualty) {
        return Math.hypot(casualty.xM() - accessPoint.xM(), casualty.yM() - accessPoint.yM());
    }

    /** Two rescuers of one unit. */
    private static final class Pair {
        final ResponseUnit unit;
        final int index;
        double readySinceS;
        boolean inside;
        double entryS;

        Pair(ResponseUnit unit, int index, double readySinceS) {
            this.unit = unit;
            this.index = index;
            this.readySinceS = readySinceS;
        }

        boolean isReadyAt(double tS) {
            return !inside && readySinceS <= tS && unit.state() == UnitState.ON_SCENE;
        }
    }
}
