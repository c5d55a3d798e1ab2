package org.cbrnsim.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The places of a scenario, by id, in the given order (which breaks ties). Immutable. */
public final class Places {

    private final Map<String, Place> byId = new LinkedHashMap<>();
    private final List<Place> all;

    /** @throws IllegalArgumentException on a duplicate id */
    public Places(List<Place> places) {
        for (Place place : places) {
            if (byId.putIfAbsent(place.id(), place) != null) {
                throw new IllegalArgumentException("place ids must be unique, got " + place.id() + " twice");
            }
        }
        this.all = List.copyOf(places);
    }

    /** All places, in the given order. */
    public List<Place> all() {
        return all;
    }

    /** Whether a place has this id. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The place with this id, if any. */
    public Optional<Place> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The place with this id; {@link IllegalArgumentException} naming the known ids when there is none. */
    public Place get(String id) {
        Place place = byId.get(id);
        if (place == null) {
            throw new IllegalArgumentException("unknown place id '" + id + "'; known: " + byId.keySet());
        }
        return place;
    }

    /** The places of one kind, in the given order. */
    public List<Place> ofKind(PlaceKind kind) {
        return byId.values().stream().filter(place -> place.kind() == kind).toList();
    }

    /**
     * The place of {@code kind} nearest to a local point in a straight line (grid distance); on a tie the first in
     * the given order. Empty when there is no place of that kind. For the nearest by road, see
     * {@link RoadNetwork#nearestDestination}.
     */
    public Optional<Place> nearest(PlaceKind kind, LocalPoint point) {
        Place nearest = null;
        double nearestM = Double.POSITIVE_INFINITY;
        for (Place place : byId.values()) {
            double distanceM = place.location().distanceToM(point);
            if (place.kind() == kind && distanceM < nearestM) {
                nearest = place;
                nearestM = distanceM;
            }
        }
        return Optional.ofNullable(nearest);
    }
}
