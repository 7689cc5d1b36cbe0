package dev.liveengine.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.error.LiveEngineServiceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the Java client expects of the service, one interaction per reply example of the spec
 * ({@link ExampleInteraction}): the client sends the request example and, when the reply is OK,
 * returns exactly the reply example's fields; when it is FAIL, throws a
 * {@link LiveEngineServiceException} with its ErrorCode. The pact file these interactions go to is
 * then verified against the emulator ({@code LiveEngineEmulatorPactIT}) and the spec
 * ({@code PactsMatchSpecIT}).
 *
 * <p>The class runs once per interaction, the {@code @Pact} method building that one for a mock
 * server of its own: a failure example is sent the same request as its operation's success example,
 * and one mock server holding both could not tell which reply to give. The Pact extension collects
 * the interactions of all runs and writes them to one pact file after the last.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.liveengine.contract.ExampleInteraction#all")
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Participants.PROVIDER)
class LiveEngineClientPactTest {

    private final ExampleInteraction example;

    LiveEngineClientPactTest(ExampleInteraction example) {
        this.example = example;
    }

    @Pact(consumer = Participants.CONSUMER)
    V4Pact interaction(PactBuilder builder) {
        return Interactions.pact(builder, example);
    }

    @Test
    void clientHandlesTheReply(MockServer server) throws Exception {
        ClientOperation operation = ClientOperation.of(example.operation());
        try (LiveEngineClient client = Participants.client(server.getUrl())) {
            if (example.succeeds()) {
                assertEquals(example.reply().value(), ClientOperation.tree(operation.call(client, example.request().value())));
            } else {
                LiveEngineServiceException refusal = assertThrows(LiveEngineServiceException.class,
                        () -> operation.call(client, example.request().value()));
                assertEquals(example.errorCode(), refusal.errorCode());
            }
        }
    }
}
