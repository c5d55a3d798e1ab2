package org.cbrnsim.population;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Named streams for tests: a SplittableRandom per name, seeded from (seed, name). */
final class TestStreams implements PopulationRandom {

    private final long seed;
    private final Map<String, RandomGenerator> streams = new LinkedHashMap<>();

    TestStreams(long seed) {
        this.seed = seed;
    }

    @Override
    public RandomGenerator stream(String name) {
        return streams.computeIfAbsent(name, n -> new SplittableRandom(seed * 1_000_003L + n.hashCode()));
    }
}
