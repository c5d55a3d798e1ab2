package org.cbrnsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    /** FNV-1a 64-bit test vectors, draft-eastlake-fnv (Appendix C). */
    @Test
    void fnvHashReproducesThePublishedVectors() {
        assertEquals(0xcbf29ce484222325L, RandomStreams.fnv1a64(""));
        assertEquals(0xaf63dc4c8601ec8cL, RandomStreams.fnv1a64("a"));
        assertEquals(0x85944171f73967e8L, RandomStreams.fnv1a64("foobar"));
    }

    /** Vigna's reference splitmix64.c from state 0: e220a8397b1dcdaf, 6e789e6aa1b965f4, 06c45d188009454f. */
    @Test
    void splitMixReproducesTheReferenceSequence() {
        long gamma = 0x9e3779b97f4a7c15L;
        assertEquals(0xe220a8397b1dcdafL, RandomStreams.splitMix64(0));
        assertEquals(0x6e789e6aa1b965f4L, RandomStreams.splitMix64(gamma));
        assertEquals(0x06c45d188009454fL, RandomStreams.splitMix64(2 * gamma));
    }

    @Test
    void splitMixAgreesWithTheJdksSplittableRandom() {
        for (long seed : new long[] {1, -1, 42, 1L << 40, Long.MIN_VALUE, 0x123456789abcdefL}) {
            assertEquals(new SplittableRandom(seed).nextLong(), RandomStreams.splitMix64(seed), "seed " + seed);
        }
    }

    /** mt19937ar.out (Matsumoto and Nishimura): init_by_array({0x123, 0x234, 0x345, 0x456}) starts so. */
    @Test
    void mersenneTwisterArraySeedingIsTheReferenceInitByArray() {
        MersenneTwisterFast random = new MersenneTwisterFast();
        random.setSeed(new int[] {0x123, 0x234, 0x345, 0x456});
        long[] expected = {1067595299L, 955945823L, 477289528L, 4107218783L, 4228976476L};
        for (long value : expected) {
            assertEquals(value, Integer.toUnsignedLong(random.nextInt()));
        }
    }

    @Test
    void sameSeedAndNameGiveTheSameSequence() {
        MersenneTwisterFast a = new RandomStreams(7).stream("weather");
        MersenneTwisterFast b = new RandomStreams(7).stream("weather");
        for (int i = 0; i < 1000; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
    }

    @Test
    void oneNameIsOneGeneratorWithinARun() {
        RandomStreams streams = new RandomStreams(7);
        assertSame(streams.stream("health"), streams.stream("health"));
    }

    @Test
    void differentNamesAndSeedsGiveDifferentSequences() {
        assertNotEquals(first(new RandomStreams(7).stream("weather")), first(new RandomStreams(7).stream("health")));
        assertNotEquals(first(new RandomStreams(7).stream("weather")), first(new RandomStreams(8).stream("weather")));
    }

    /** MASON's setSeed(long) keeps 32 bits, so seeds 1 and 1 + 2³² would coincide (code-anchors.md §3d pitfall 2). */
    @Test
    void allSixtyFourBitsOfTheSeedCount() {
        long[] low = first(new RandomStreams(1).stream("x"));
        long[] high = first(new RandomStreams(1 + (1L << 32)).stream("x"));
        assertNotEquals(low[0], high[0]);
    }

    @Test
    void addingAStreamOrDrawingFromAnotherDoesNotChangeAStream() {
        long[] alone = first(new RandomStreams(99).stream("population"));
        RandomStreams busy = new RandomStreams(99);
        busy.stream("new-process").nextDouble();
        for (int i = 0; i < 100; i++) {
            busy.stream("weather").nextGaussian();
        }
        assertEquals(java.util.Arrays.toString(alone), java.util.Arrays.toString(first(busy.stream("population"))));
    }

    @Test
    void aStreamIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> new RandomStreams(1).stream(" "));
    }

    private static long[] first(MersenneTwisterFast random) {
        long[] values = new long[8];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextLong();
        }
        return values;
    }
}
