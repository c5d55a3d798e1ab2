package org.cbrnsim.population;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.apache.commons.math3.distribution.WeibullDistribution;

/**
 * When residents receive a warning (exercise-and-response.md §4.6: receipt times Weibull by
 * channel, fitted to warning diffusion in chemical-accident evacuations; receipt depends on the
 * first warning source).
 * <ul>
 * <li><b>Official warning.</b> When the authorities issue a warning to a set of places, every
 *     resident of those places draws, for each channel, whether the channel reaches them
 *     (probability = reach) and its delay after issue, Weibull(k, λ) by inverse transform
 *     t = λ·(−ln(1 − u))^(1/k); the first channel that reaches them sets their receipt time. The
 *     times are drawn once, at issue, from the channel's own stream ("warning." + channel id),
 *     two uniforms per resident and channel whatever the reach, so a change to one channel leaves
 *     the others' numbers alone. A later issue to the same place is an independent broadcast; the
 *     earlier receipt wins.</li>
 * <li><b>Cloud cue.</b> A resident outdoors or in a vehicle who has not been warned yet warns
 *     themselves when the outdoor concentration in their cell reaches the cue level (the odour or
 *     irritation threshold, e.g. AEGL-1; §4.6: pre-movement near the source is cue-dependent). The
 *     concentration is the one sampled in the previous exposure phase (a lag of one step).</li>
 * <li><b>Odour indoors.</b> A resident indoors who has not been warned yet and whose building air
 *     (the box concentration of the previous exposure phase: what they breathe and smell) first
 *     reaches the substance's odour threshold draws once, from stream "odour", whether they act
 *     (probability = the response's share); if so they warn themselves at that time + the response's
 *     delay and, in the behaviour phase, shelter and seal ({@link ProtectiveDecision}), with no
 *     official warning. The indoor rather than the outdoor concentration is used because that is what
 *     someone indoors can smell; it also lets the indoor sink delay the cue.</li>
 * </ul>
 */
public final class WarningReceipt {

    private final List<WarningChannel> channels;
    private final WeibullDistribution[] delays;
    private final RandomGenerator[] streams;
    private final double cueKgPerM3;
    private final OdourCue odour;
    private final RandomGenerator odourStream;

    /**
     * Receipt over {@code channels} (at most one per kind) with the cloud cue at {@code cueKgPerM3}
     * (&gt; 0; +∞ disables it) and the indoor {@code odour} cue, drawing from {@code streams}.
     */
    public WarningReceipt(List<WarningChannel> channels, double cueKgPerM3, OdourCue odour, PopulationRandom streams) {
        this.channels = List.copyOf(channels);
        Set<ChannelKind> seen = EnumSet.noneOf(ChannelKind.class);
        delays = new WeibullDistribution[this.channels.size()];
        this.streams = new RandomGenerator[this.channels.size()];
        for (int c = 0; c < delays.length; c++) {
            WarningChannel channel = this.channels.get(c);
            if (!seen.add(channel.kind())) {
                throw new IllegalArgumentException("warning channel " + channel.kind().id() + " is given twice");
            }
            delays[c] = new WeibullDistribution(null, channel.shape(), channel.scaleS());
            this.streams[c] = streams.stream(channel.kind().streamName());
        }
        if (!(cueKgPerM3 > 0)) {
            throw new IllegalArgumentException("cloud cue level must be > 0 kg/m³ (or +∞ for none), got " + cueKgPerM3);
        }
        this.cueKgPerM3 = cueKgPerM3;
        this.odour = Objects.requireNonNull(odour, "odour");
        this.odourStream = streams.stream(PopulationRandom.ODOUR);
    }

    /** Schedules the receipt of a warning issued at {@code issueS} to the places with {@code placeWarned[place]}. */
    void issue(Residents r, boolean[] placeWarned, double issueS) {
        if (placeWarned.length != r.placeCount()) {
            throw new IllegalArgumentException("need one warned flag per place (" + r.placeCount() + "), got "
                    + placeWarned.length);
        }
        for (int c = 0; c < delays.length; c++) {
            double reach = channels.get(c).reach();
            RandomGenerator stream = streams[c];
            for (int i = 0; i < r.count(); i++) {
                if (!placeWarned[r.homePlace[i]]) {
                    continue;
                }
                double reached = stream.nextDouble();
                double delay = stream.nextDouble();
                if (reached < reach) {
                    float receiptS = (float) (issueS + delays[c].inverseCumulativeProbability(delay));
                    if (!(r.warnedS[i] <= receiptS)) {
                        r.warnedS[i] = receiptS;
                        r.set(i, Residents.ACTS_ON_ODOUR, false);
                    }
                }
            }
        }
    }

    /**
     * Applies the cloud and odour cues at {@code tS} and notes, per place, the first official receipt in
     * (previousS, tS] and the first self-warning.
     */
    void receive(Residents r, OutdoorGrid grid, double previousS, double tS, FirstTimes official,
                 FirstTimes selfWarned) {
        byte outdoors = LocationState.OUTDOORS.code();
        byte vehicle = LocationState.VEHICLE.code();
        byte indoors = LocationState.INDOORS.code();
        float previous = (float) previousS;
        float now = (float) tS;
        for (int i = 0; i < r.count(); i++) {
            if (r.isDead(i)) {
                continue;
            }
            float warnedS = r.warnedS[i];
            if (warnedS <= previous) {
                continue;
            }
            byte location = r.location[i];
            if (!(warnedS <= now) && (location == outdoors || location == vehicle)
                    && grid.outdoorKgPerM3(i) >= cueKgPerM3) {
                r.warnedS[i] = now;
                selfWarned.note(r.homePlace[i], tS);
            } else if (warnedS <= now) {
                (r.has(i, Residents.ACTS_ON_ODOUR) ? selfWarned : official).note(r.homePlace[i], warnedS);
            } else if (location == indoors && !r.has(i, Residents.SMELT_GAS)
                    && r.boxKgPerM3[i] >= odour.thresholdKgPerM3()) {
                smell(r, i, now, selfWarned);
            }
        }
    }

    /** Resident {@code i} smells the gas indoors at {@code now}: draws whether they act, and if so when. */
    private void smell(Residents r, int i, float now, FirstTimes selfWarned) {
        r.set(i, Residents.SMELT_GAS, true);
        if (odourStream.nextDouble() >= odour.response().share()) {
            return;
        }
        float actS = (float) (now + odour.response().delayS());
        if (!(r.warnedS[i] <= actS)) {
            r.warnedS[i] = actS;
            r.set(i, Residents.ACTS_ON_ODOUR, true);
            if (actS <= now) {
                selfWarned.note(r.homePlace[i], actS);
            }
        }
    }
}
