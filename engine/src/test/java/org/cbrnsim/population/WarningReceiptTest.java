package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Weibull receipt by channel, first channel wins, and the cloud cue (exercise-and-response.md §4.6). */
class WarningReceiptTest {

    private static final int N = 100_000;
    private static final double ISSUE_S = 1200.0;

    private static double share(Residents r, double byS) {
        int warned = 0;
        for (int i = 0; i < r.count(); i++) {
            if (r.warnedS[i] <= byS) {
                warned++;
            }
        }
        return (double) warned / r.count();
    }

    /** Five standard errors of a share p estimated from N residents. */
    private static double fiveSigma(double p) {
        return 5 * Math.sqrt(p * (1 - p) / N);
    }

    private static double weibullCdf(double t, double shape, double scale) {
        return t <= 0 ? 0 : 1 - Math.exp(-Math.pow(t / scale, shape));
    }

    private static Residents issued(List<WarningChannel> channels, long seed) {
        Residents r = Fixtures.town(N, 1000, Fixtures.ALL_INDOORS, seed);
        new WarningReceipt(channels, Double.POSITIVE_INFINITY, OdourCue.NONE, new TestStreams(seed))
                .issue(r, new boolean[] {true}, ISSUE_S);
        return r;
    }

    /**
     * One siren (reach 0.7, Weibull k = 1.8, scale 10 min, the §4.6 default): by 10 min after issue
     * 0.7·(1 − e^(−1)) = 0.4425 are warned, 0.7 in the end; the median delay of those reached is
     * scale·(ln 2)^(1/k) = 489 s.
     */
    @Test
    void oneChannelFollowsItsWeibull() {
        Residents r = issued(List.of(new WarningChannel(ChannelKind.SIREN, 0.7, 1.8, 600)), 1);
        assertEquals(0.4425, share(r, ISSUE_S + 600), fiveSigma(0.4425));
        assertEquals(0.7, share(r, Double.MAX_VALUE), fiveSigma(0.7));
        float[] delays = new float[r.count()];
        int reached = 0;
        for (int i = 0; i < r.count(); i++) {
            if (!Float.isNaN(r.warnedS[i])) {
                delays[reached++] = (float) (r.warnedS[i] - ISSUE_S);
            }
        }
        Arrays.sort(delays, 0, reached);
        assertEquals(600 * Math.pow(Math.log(2), 1 / 1.8), delays[reached / 2], 6.0);
    }

    /**
     * The first of the contract's four channels warns: P(T ≤ t) = 1 − Π(1 − rᵢ·Fᵢ(t)), and nobody
     * is reached with probability Π(1 − rᵢ) = 0.3·0.2·0.5·0.4 = 0.012.
     */
    @Test
    void firstOfSeveralChannelsWarns() {
        Residents r = issued(Fixtures.DEFAULT_CHANNELS, 2);
        for (double minutes : new double[] {5, 10, 30, 60, 120}) {
            double none = 1;
            for (WarningChannel c : Fixtures.DEFAULT_CHANNELS) {
                none *= 1 - c.reach() * weibullCdf(minutes * 60, c.shape(), c.scaleS());
            }
            assertEquals(1 - none, share(r, ISSUE_S + minutes * 60), fiveSigma(1 - none), minutes + " min");
        }
        assertEquals(1 - 0.012, share(r, Double.MAX_VALUE), fiveSigma(0.012));
    }

    /** Each channel draws from its own stream: adding a channel can only bring a receipt forward. */
    @Test
    void addingAChannelNeverDelaysAnyone() {
        List<WarningChannel> three = new ArrayList<>(Fixtures.DEFAULT_CHANNELS.subList(0, 3));
        Residents before = issued(three, 3);
        Residents after = issued(Fixtures.DEFAULT_CHANNELS, 3);
        int earlier = 0;
        for (int i = 0; i < N; i++) {
            if (!Float.isNaN(before.warnedS[i])) {
                assertTrue(after.warnedS[i] <= before.warnedS[i]);
                earlier += after.warnedS[i] < before.warnedS[i] ? 1 : 0;
            }
        }
        assertTrue(earlier > 0);
    }

    /** Only the places the warning is issued to are reached. */
    @Test
    void onlyWarnedPlacesAreReached() {
        Residents r = ResidentPlacement.place(List.of(
                        new ResidentPlace(0, 0, 0, 0, 500, 1000, Fixtures.ALL_TIGHT),
                        new ResidentPlace(2, 0, 5000, 0, 500, 1000, Fixtures.ALL_TIGHT)), 3, 1,
                Fixtures.ALL_INDOORS, new TestStreams(4).stream(PopulationRandom.PLACEMENT));
        WarningChannel sure = new WarningChannel(ChannelKind.CELL_BROADCAST, 1.0, 2, 60);
        new WarningReceipt(List.of(sure), Double.POSITIVE_INFINITY, OdourCue.NONE, new TestStreams(4))
                .issue(r, new boolean[] {false, false, true}, 0);
        for (int i = 0; i < r.count(); i++) {
            assertEquals(r.homePlace[i] == 2, r.warnedS[i] >= 0, "resident " + i);
        }
    }

    /** People outdoors or in vehicles warn themselves at the cue level; people indoors do not; +∞ disables it. */
    @Test
    void cloudCueWarnsPeopleOutside() {
        Residents r = Fixtures.town(3, 10, Fixtures.ALL_INDOORS, 5);
        r.location[1] = LocationState.OUTDOORS.code();
        r.location[2] = LocationState.VEHICLE.code();
        OutdoorGrid grid = new OutdoorGrid(100, r);
        double cue = Fixtures.chlorinePpm(0.5);
        WarningReceipt receipt = new WarningReceipt(List.of(), cue, OdourCue.NONE, new TestStreams(5));
        FirstTimes official = new FirstTimes(1);
        FirstTimes self = new FirstTimes(1);
        grid.sample(Fixtures.uniform(0.9 * cue));
        receipt.receive(r, grid, 0, 60, official, self);
        assertTrue(Float.isNaN(r.warnedS[1]));
        grid.sample(Fixtures.uniform(cue));
        receipt.receive(r, grid, 60, 120, official, self);
        assertTrue(Float.isNaN(r.warnedS[0]));
        assertEquals(120f, r.warnedS[1]);
        assertEquals(120f, r.warnedS[2]);
        double[] firstSelf = {Double.NaN};
        self.flush((place, t) -> firstSelf[0] = t);
        assertEquals(120.0, firstSelf[0]);
        official.flush((place, t) -> {
            throw new AssertionError("no official warning was issued");
        });

        Residents unwarned = Fixtures.town(1, 10, Fixtures.ALL_OUTDOORS, 5);
        OutdoorGrid g = new OutdoorGrid(100, unwarned);
        g.sample(Fixtures.uniform(1.0));
        new WarningReceipt(List.of(), Double.POSITIVE_INFINITY, OdourCue.NONE, new TestStreams(5))
                .receive(unwarned, g, 0, 60, official, self);
        assertTrue(Float.isNaN(unwarned.warnedS[0]));
    }

    @Test
    void rejectsDuplicateChannelsAndBadParameters() {
        WarningChannel siren = new WarningChannel(ChannelKind.SIREN, 0.7, 1.8, 600);
        assertThrows(IllegalArgumentException.class,
                () -> new WarningReceipt(List.of(siren, siren), 1, OdourCue.NONE, new TestStreams(0)));
        assertThrows(IllegalArgumentException.class,
                () -> new WarningReceipt(List.of(), 0, OdourCue.NONE, new TestStreams(0)));
        assertThrows(IllegalArgumentException.class, () -> new WarningChannel(ChannelKind.MEDIA, 1.2, 1.5, 1800));
        assertThrows(IllegalArgumentException.class, () -> new WarningChannel(ChannelKind.MEDIA, 0.6, 0, 1800));
    }
}
