package dev.liveengine.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.V4Pact;

/**
 * The parts every Live Engine interaction shares: a POST to {@code /v4/live_engine_http_srv/<command>}
 * with the five common query parameters matched by shape (the UserSig and random differ on every
 * run), a JSON body, and an HTTP 200 envelope.
 */
final class Interactions {

    static final String SERVICE_PATH = "/v4/live_engine_http_srv/";

    private Interactions() {
    }

    static V4Pact exchange(PactBuilder builder, String identifier, String state, String description, String command,
                           DslPart requestBody, DslPart responseBody) {
        return builder.usingLegacyDsl()
                .given(state)
                .uponReceiving(description)
                .path(SERVICE_PATH + command)
                .method("POST")
                .matchQuery("sdkappid", "\\d+", "1400000000")
                .matchQuery("identifier", ".+", identifier)
                .matchQuery("usersig", "[A-Za-z0-9*_-]+", "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCg")
                .matchQuery("random", "\\d{1,10}", "99999999")
                .matchQuery("contenttype", "json", "json")
                .matchHeader("Content-Type", "application/json(;\\s*charset=[\\w-]+)?", "application/json")
                .body(requestBody)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(responseBody)
                .toPact(V4Pact.class);
    }

    /** A successful envelope; commands with their own fields add them to the returned body. */
    static PactDslJsonBody ok() {
        return envelope("OK", 0).stringValue("ErrorInfo", "");
    }

    /** A FAIL envelope with exactly this code and any explanatory text. */
    static PactDslJsonBody fail(int errorCode) {
        return envelope("FAIL", errorCode).stringType("ErrorInfo", "why it failed");
    }

    private static PactDslJsonBody envelope(String status, int errorCode) {
        return new PactDslJsonBody()
                .stringValue("ActionStatus", status)
                .numberValue("ErrorCode", errorCode)
                .stringMatcher("RequestId", Participants.REQUEST_ID, "Id-8c9858f01e954611ae2d4c1b1ed7d583-O-Seq-52720");
    }
}
