package org.cbrnsim.response;

import java.util.List;
import java.util.Objects;
import org.cbrnsim.geo.RoadNetwork;
import org.cbrnsim.population.HealthParameters;
import org.cbrnsim.response.scene.PointConcentration;
import org.cbrnsim.scenario.ResponseSpec;

/**
 * Everything the response layer reads from the rest of the run: the scenario's responders, the roads (with the
 * places), the incidents, the cloud at a point, the health rules for the crews' own exposure, the injured
 * residents, and where happenings go.
 *
 * @param spec      agencies, hospitals' beds, parameters
 * @param roads     the road network and its places
 * @param incidents one per release, at least one
 * @param field     the concentration at a point and time (kg/m³)
 * @param health    the residents' health rules, used for the crews alike
 * @param residents the injured residents view
 * @param events    where happenings go
 */
public record ResponseInputs(ResponseSpec spec, RoadNetwork roads, List<IncidentSite> incidents,
                             PointConcentration field, HealthParameters health, InjuredResidents residents,
                             ResponseEvents events) {

    public ResponseInputs {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(roads, "roads");
        incidents = List.copyOf(incidents);
        if (incidents.isEmpty()) {
            throw new IllegalArgumentException("the responders need at least one incident");
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(residents, "residents");
        Objects.requireNonNull(events, "events");
    }
}
