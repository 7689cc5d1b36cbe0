package dev.liveengine.contract;

import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.V4Pact;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes an {@link ExampleInteraction} as a Pact interaction. The request is a POST of the request
 * example, exactly, to the operation's path, with the five common query parameters matched by shape
 * (the UserSig and random differ on every run). The reply is the reply example with
 * {@code ActionStatus} and {@code ErrorCode} exact, since they are what a client acts on,
 * {@code RequestId} by the service's pattern and every other field by type: its value is only an
 * example, its name and type are the contract.
 */
final class Interactions {

    private Interactions() {
    }

    static V4Pact pact(PactBuilder builder, ExampleInteraction example) {
        return builder.usingLegacyDsl()
                .given(example.providerState(), example.providerStateParameters())
                .uponReceiving(example.description())
                .path(example.operation().path())
                .method("POST")
                .matchQuery("sdkappid", "\\d+", "1400000000")
                .matchQuery("identifier", ".+", Participants.ADMIN)
                .matchQuery("usersig", "[A-Za-z0-9*_-]+", "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCg")
                .matchQuery("random", "\\d{1,10}", "99999999")
                .matchQuery("contenttype", "json", "json")
                .matchHeader("Content-Type", "application/json(;\\s*charset=[\\w-]+)?", "application/json")
                .body(example.request().value().toString(), "application/json")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(replyBody(example.reply().value()))
                .toPact(V4Pact.class);
    }

    private static PactDslJsonBody replyBody(JsonNode reply) {
        PactDslJsonBody body = new PactDslJsonBody();
        reply.properties().forEach(field -> {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "ActionStatus" -> body.stringValue(name, value.textValue());
                case "ErrorCode" -> body.numberValue(name, value.intValue());
                case "RequestId" -> body.stringMatcher(name, Participants.REQUEST_ID, value.textValue());
                default -> byType(body, name, value);
            }
        });
        return body;
    }

    private static void byType(PactDslJsonBody body, String name, JsonNode value) {
        switch (value.getNodeType()) {
            case OBJECT -> {
                PactDslJsonBody object = body.object(name);
                value.properties().forEach(field -> byType(object, field.getKey(), field.getValue()));
                object.closeObject();
            }
            case STRING -> body.stringType(name, value.textValue());
            case BOOLEAN -> body.booleanType(name, value.booleanValue());
            case NUMBER -> {
                if (value.isIntegralNumber()) {
                    body.integerType(name, value.longValue());
                } else {
                    body.decimalType(name, value.decimalValue());
                }
            }
            // no reply example has one yet; whether an array is matched element by element or as
            // "each like the first" is a decision to take when the first one comes
            default -> throw new IllegalArgumentException("no type matcher for the " + value.getNodeType()
                    + " in reply field " + name);
        }
    }
}
