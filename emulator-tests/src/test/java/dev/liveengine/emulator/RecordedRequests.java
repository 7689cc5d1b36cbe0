package dev.liveengine.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.openapi.testing.SpecExamples;

/**
 * The request the vendor's docs print for each operation (its example named {@code recorded}), so
 * that tests can call every operation of the spec without knowing it; they succeed in the state
 * {@link SpecExamples#recordedFixtures()}.
 */
public final class RecordedRequests {

    private RecordedRequests() {
    }

    /** A copy of the operation's recorded request body, free to change. */
    public static ObjectNode of(SpecExamples.Operation operation) {
        SpecExamples.Example recorded = operation.requestExamples().get("recorded");
        if (recorded == null) {
            throw new IllegalStateException(operation + " has no request example named recorded");
        }
        return (ObjectNode) recorded.value().deepCopy();
    }
}
