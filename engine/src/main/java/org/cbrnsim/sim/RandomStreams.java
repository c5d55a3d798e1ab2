package org.cbrnsim.sim;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * Named random streams derived from one run seed: every random process of the model draws from its own
 * stream ("weather", "population.warning", …), so adding a stream, or drawing more from one, never shifts
 * the numbers another stream gives (code-anchors.md §2 practice 8, after SSJ's {@code RandomStream}).
 *
 * <p>Derivation: {@code derived = splitMix64(splitMix64(seed) XOR fnv1a64(UTF-8 bytes of name))}, then a
 * {@link MersenneTwisterFast} seeded with both 32-bit halves of {@code derived} through
 * {@code setSeed(int[])} (Matsumoto and Nishimura's {@code init_by_array}), so all 64 bits of the seed count
 * — MASON's {@code setSeed(long)} keeps only the low 32 (code-anchors.md §3d pitfall 2).
 * <ul>
 *   <li>FNV-1a 64-bit: Fowler, Noll and Vo; offset basis 0xcbf29ce484222325, prime 0x100000001b3
 *       (IETF draft-eastlake-fnv, §2). A fixed, documented hash, unlike {@code String.hashCode}.</li>
 *   <li>SplitMix64: Steele, Lea and Flood (2014), "Fast splittable pseudorandom number generators",
 *       OOPSLA; the finaliser with Stafford's "Mix13" constants, the same function as
 *       {@code java.util.SplittableRandom}'s {@code nextLong}.</li>
 * </ul>
 * A stream is created on first use and kept, so one name always means one generator within a run.
 * Not thread-safe (neither is {@code MersenneTwisterFast}): give each thread its own named stream.
 */
public final class RandomStreams implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final long seed;
    private final TreeMap<String, MersenneTwisterFast> streams = new TreeMap<>();

    /** Streams of the run with this seed (all 64 bits are used). */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The run seed. */
    public long seed() {
        return seed;
    }

    /** The stream with this name, created on first use; the same name gives the same generator. */
    public MersenneTwisterFast stream(String name) {
        return streams.computeIfAbsent(requireName(name), n -> generator(seed, n));
    }

    /** A new generator for stream {@code name} of run {@code seed}, at the start of its sequence. */
    public static MersenneTwisterFast generator(long seed, String name) {
        long derived = derivedSeed(seed, requireName(name));
        MersenneTwisterFast random = new MersenneTwisterFast();
        random.setSeed(new int[] {(int) (derived >>> 32), (int) derived});
        return random;
    }

    /** The 64-bit seed of stream {@code name} of run {@code seed}: splitMix64(splitMix64(seed) ⊕ fnv1a64(name)). */
    public static long derivedSeed(long seed, String name) {
        return splitMix64(splitMix64(seed) ^ fnv1a64(name));
    }

    /** FNV-1a, 64 bits, over the UTF-8 bytes of {@code text}. */
    static long fnv1a64(String text) {
        long hash = FNV_OFFSET_BASIS;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** The first output of a SplitMix64 generator whose state is {@code state}. */
    static long splitMix64(long state) {
        long z = state + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("random stream name must be a non-empty text, got " + name);
        }
        return name;
    }
}
