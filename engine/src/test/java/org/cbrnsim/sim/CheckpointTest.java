package org.cbrnsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import org.cbrnsim.record.EventsCsvWriter;
import org.cbrnsim.record.FirstWarned;
import org.cbrnsim.record.TimeSeriesCsvWriter;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/** A run checkpointed half-way and resumed gives the same files as a run without a pause (pitfall 10). */
class CheckpointTest {

    private static final SimulationClock CLOCK =
            new SimulationClock(OffsetDateTime.parse("2026-03-14T02:40+02:00"), 60, 3600);

    private static ExerciseSimulation simulation() {
        return new ExerciseSimulation(3, CLOCK, sim -> {
            double[] walk = {0};
            sim.onPhase(Phase.HAZARD, ctx -> {
                walk[0] += ctx.random("walk").nextGaussian();
                if (ctx.step() % 7 == 0) {
                    double delayS = 600 * ctx.random("delay").nextDouble();
                    ctx.events().after(delayS, t -> sim.eventLog().record(new FirstWarned(t, "UA", "town")));
                }
            });
            sim.addMetric("walk", () -> walk[0]);
        });
    }

    private static String files(ExerciseSimulation sim) throws IOException {
        StringWriter out = new StringWriter();
        new EventsCsvWriter(CLOCK::formatLocal).write(sim.eventLog().events(), out);
        new TimeSeriesCsvWriter().write(sim.timeSeries(), out);
        return out.toString();
    }

    private static void stepToEnd(SimState state) {
        while (state.schedule.step(state)) {
            // run on
        }
    }

    @Test
    void aResumedCheckpointContinuesTheSameRun() throws Exception {
        ExerciseSimulation uninterrupted = simulation();
        uninterrupted.run();

        ExerciseSimulation paused = simulation();
        paused.start();
        while (paused.schedule.getTime() < 1500) {
            paused.schedule.step(paused);
        }
        ByteArrayOutputStream checkpoint = new ByteArrayOutputStream();
        paused.writeToCheckpoint(checkpoint);
        ExerciseSimulation resumed =
                (ExerciseSimulation) SimState.readFromCheckpoint(new ByteArrayInputStream(checkpoint.toByteArray()));
        stepToEnd(resumed);
        stepToEnd(paused);

        assertEquals(files(uninterrupted), files(resumed));
        assertEquals(files(uninterrupted), files(paused));
    }
}
