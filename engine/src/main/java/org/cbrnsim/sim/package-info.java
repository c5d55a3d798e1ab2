/**
 * The simulation core on MASON: {@link org.cbrnsim.sim.ExerciseSimulation} runs a fixed pipeline of
 * {@link org.cbrnsim.sim.Phase}s at every step of a {@link org.cbrnsim.sim.SimulationClock}, discrete events
 * at exact times in between ({@link org.cbrnsim.sim.EventScheduler}), and gives every random process its own
 * named stream ({@link org.cbrnsim.sim.RandomStreams}).
 *
 * <p>Order within one simulation time t, always the same:
 * <ol>
 *   <li>events due at t, in the order they were scheduled (MASON ordering −1);</li>
 *   <li>if t is a step time: WEATHER, HAZARD, WARNING, BEHAVIOUR, MOVEMENT, EXPOSURE, HEALTH, RECORD
 *       (orderings 0…7), each phase's handlers in registration order, each phase followed by the events it
 *       scheduled for t; then the time-series row.</li>
 * </ol>
 *
 * <p>How a model is wired in:
 * <pre>{@code
 * SimulationModel model = sim -> {
 *     Population people = new Population(scenario, sim.random("population"));   // built afresh every start
 *     sim.onPhase(Phase.EXPOSURE, ctx -> people.inhale(field, ctx.timeS(), ctx.stepS()));
 *     sim.addMetric("dead", people::deadCount);
 *     sim.events().at(30 * 60, t -> sim.eventLog().record(new WarningIssued(t, "dsns", "UA", "town", "sirens")));
 * };
 * ExerciseSimulation sim = new ExerciseSimulation(seed, clock, model);
 * sim.run(ProgressLine.onStandardError(clock.endS(), quiet));
 * }</pre>
 */
package org.cbrnsim.sim;
