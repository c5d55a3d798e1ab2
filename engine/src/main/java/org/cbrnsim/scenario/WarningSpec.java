package org.cbrnsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How people are warned.
 *
 * @param issuedAtS when the authorities start warning (s after T0, ≥ 0); empty: never
 * @param area      who is warned: the places whose centre lies in this AEGL footprint of the first hazard
 *                  at issue time; empty: everyone
 * @param channels  the channels, each kind at most once
 * @param cloudCue  the tier at which people outdoors or in vehicles notice the cloud and warn themselves;
 *                  empty: they do not
 */
public record WarningSpec(OptionalDouble issuedAtS, Optional<AeglLevel> area, List<ChannelSpec> channels,
                          Optional<AeglLevel> cloudCue) {

    /** @throws IllegalArgumentException for a negative issue time or a channel kind given twice */
    public WarningSpec {
        Objects.requireNonNull(issuedAtS, "issuedAtS");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(cloudCue, "cloudCue");
        issuedAtS.ifPresent(t -> Check.nonNegative("warning time", t, "s"));
        channels = List.copyOf(channels);
        Check.unique("warning channel", channels, channel -> channel.kind().id());
    }
}
