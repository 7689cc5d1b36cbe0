package dev.liveengine.contract;

import dev.liveengine.openapi.testing.SpecExamples;
import java.util.List;
import java.util.Map;

/**
 * One reply example of the spec, as an interaction of the pact: the operation, the request the
 * client sends (the request example of the same name if there is one, else the operation's first,
 * its {@code recorded} one) and the reply example it gets back. A new operation, or a new reply
 * example, gets its interaction by being in the spec.
 */
record ExampleInteraction(SpecExamples.Operation operation, SpecExamples.Example request, SpecExamples.Example reply) {

    /** One interaction per reply example of every operation, in spec order. */
    static List<ExampleInteraction> all() {
        return SpecExamples.operations().stream()
                .flatMap(operation -> operation.responseExamples().values().stream()
                        .map(reply -> new ExampleInteraction(operation, requestFor(operation, reply), reply)))
                .toList();
    }

    /** Whether the reply example is a success; a failure's ErrorCode is {@link #errorCode()}. */
    boolean succeeds() {
        return errorCode() == 0;
    }

    int errorCode() {
        return reply.value().path("ErrorCode").asInt();
    }

    /** What the provider must set up; see {@link ProviderStates}. */
    String providerState() {
        return succeeds() ? ProviderStates.RECORDED_OBJECTS_EXIST : ProviderStates.NEXT_CALL_REFUSED;
    }

    Map<String, Object> providerStateParameters() {
        return succeeds() ? Map.of(ProviderStates.OPERATION, operation.operationId())
                : Map.of(ProviderStates.OPERATION, operation.operationId(), ProviderStates.ERROR_CODE, errorCode());
    }

    /** The interaction's description in the pact, unique because reply example names are unique per operation. */
    String description() {
        return operation.command() + " answered as the reply example " + reply.name() + " shows";
    }

    @Override
    public String toString() {
        return operation.operationId() + ": " + reply.name();
    }

    private static SpecExamples.Example requestFor(SpecExamples.Operation operation, SpecExamples.Example reply) {
        SpecExamples.Example named = operation.requestExamples().get(reply.name());
        return named != null ? named : operation.requestExamples().values().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(operation + " has no request example"));
    }
}
