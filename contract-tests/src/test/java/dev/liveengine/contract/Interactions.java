package dev.liveengine.contract;

import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.core.model.V4Pact;

/**
 * Writes an {@link ExampleInteraction} as a Pact interaction. The request is a POST of the request
 * example, exactly, to the operation's path, with the five common query parameters matched by shape
 * (the UserSig and random differ on every run). The reply is the reply example itself, with the
 * rules of {@link ReplyRules}.
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
                .body(ReplyRules.body(example.operation().path(), example.reply().value()))
                .toPact(V4Pact.class);
    }
}
