package org.cbrnsim.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.cbrnsim.response.care.CareSite;
import org.cbrnsim.response.care.DeconLine;
import org.cbrnsim.response.care.Patient;
import org.cbrnsim.response.units.ResponseUnit;
import ec.util.MersenneTwisterFast;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.EventScheduler;

/**
 * The decontamination lines of one incident: one per decontamination unit on scene, each opening its set-up time
 * after the unit arrives. A contaminated patient joins the line with the shortest queue; before any line exists it
 * waits at the access point, as long as a decontamination unit of the country can still come; a patient who
 * carries no agent, or whose country has no decontamination unit at all, goes straight on.
 */
final class DeconArea {

    /** Told when a patient leaves decontamination (or needs none). */
    @FunctionalInterface
    interface Next {
        void patientReady(Patient patient, double tS);
    }

    private final String country;
    private final String placeId;
    private final ResponseParameters.Decon decon;
    private final Function<String, MersenneTwisterFast> streams;
    private final EventScheduler events;
    private final ResponseEvents log;
    private final boolean linesCanCome;
    private final Next next;
    private final Map<String, DeconLine> lines = new LinkedHashMap<>();
    private final List<Patient> holding = new ArrayList<>();
    private final CareSite holdingSite;

    /**
     * @param streams      the random stream of a line, by unit id
     * @param linesCanCome whether the incident's country has any unit that runs a line
     */
    DeconArea(String country, String placeId, ResponseParameters.Decon decon,
              Function<String, MersenneTwisterFast> streams, EventScheduler events, ResponseEvents log,
              boolean linesCanCome, Next next) {
        this.country = Objects.requireNonNull(country, "country");
        this.placeId = Objects.requireNonNull(placeId, "placeId");
        this.decon = Objects.requireNonNull(decon, "decon");
        this.streams = Objects.requireNonNull(streams, "streams");
        this.events = Objects.requireNonNull(events, "events");
        this.log = Objects.requireNonNull(log, "log");
        this.linesCanCome = linesCanCome;
        this.next = Objects.requireNonNull(next, "next");
        this.holdingSite = new CareSite() {
            @Override
            public String placeId() {
                return placeId;
            }

            @Override
            public void patientDied(Patient patient, double tS) {
                holding.remove(patient);
            }
        };
    }

    /** A decontamination unit arrived at {@code tS}: its line is set up, and the patients waiting for one join it. */
    void unitArrived(ResponseUnit unit, double tS) {
        if (lines.containsKey(unit.id())) {
            return;
        }
        DeconLine line = new DeconLine(unit.id(), country, placeId, decon, streams.apply(unit.id()), events, log,
                next::patientReady);
        line.open(tS);
        lines.put(unit.id(), line);
        List<Patient> waiting = new ArrayList<>(holding);
        holding.clear();
        waiting.forEach(p -> shortest().arrive(p, tS));
    }

    /** {@code patient} reached the access point at {@code tS}. */
    void arrive(Patient patient, double tS) {
        if (!patient.contaminated() || (lines.isEmpty() && !linesCanCome)) {
            next.patientReady(patient, tS);
        } else if (lines.isEmpty()) {
            patient.moveTo(holdingSite);
            holding.add(patient);
        } else {
            shortest().arrive(patient, tS);
        }
    }

    /** People queueing at the line of {@code unitId} (0 before it exists). */
    int queueLength(String unitId) {
        DeconLine line = lines.get(unitId);
        return line == null ? 0 : line.queueLength();
    }

    /** People queueing at every line, and those waiting for the first line. */
    int queueLength() {
        return holding.size() + lines.values().stream().mapToInt(DeconLine::queueLength).sum();
    }

    private DeconLine shortest() {
        DeconLine best = null;
        for (DeconLine line : lines.values()) {
            if (best == null || line.queueLength() < best.queueLength()) {
                best = line;
            }
        }
        return best;
    }
}
