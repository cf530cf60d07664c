package com.opsflow.identity;

import java.util.Optional;

/**
 * What taking an order needs to know of the station it names and of the engineer it is dispatched
 * to ({@link StaffDirectory#dispatchTarget}): the station's name when it exists; the engineer's
 * name only when that user exists and is an engineer; the station the engineer belongs to.
 * Whether the engineer may be dispatched now (R-SE-4) is another module's question
 * ({@link StaffDirectory#dispatchBar}).
 */
public record DispatchTarget(Optional<String> stationName, Optional<String> engineerName, Optional<String> engineerStation) {

    /** The engineer is known, is an engineer, and belongs to the station named. */
    public boolean engineerOf(String stationId) {
        return engineerName.isPresent() && engineerStation.map(s -> s.equals(stationId)).orElse(false);
    }
}
