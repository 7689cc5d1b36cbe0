package dev.liveengine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.liveengine.client.error.AuthenticationException;
import dev.liveengine.client.error.ErrorCategory;
import dev.liveengine.client.error.InvalidParameterException;
import dev.liveengine.client.error.LiveEngineServiceException;
import dev.liveengine.client.error.LiveEngineTransportException;
import dev.liveengine.client.error.NotFoundException;
import dev.liveengine.client.error.PermissionDeniedException;
import dev.liveengine.client.error.RateLimitedException;
import dev.liveengine.client.error.ServerErrorException;
import dev.liveengine.client.model.SendGiftRequest;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** A FAIL envelope becomes the exception type a caller acts on, with every envelope field kept. */
class ErrorMappingTest {

    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of(70001, AuthenticationException.class, ErrorCategory.AUTHENTICATION),
                Arguments.of(70009, AuthenticationException.class, ErrorCategory.AUTHENTICATION),
                Arguments.of(60010, PermissionDeniedException.class, ErrorCategory.PERMISSION),
                Arguments.of(60007, RateLimitedException.class, ErrorCategory.RATE_LIMITED),
                Arguments.of(102002, NotFoundException.class, ErrorCategory.NOT_FOUND),
                Arguments.of(100424, NotFoundException.class, ErrorCategory.NOT_FOUND),
                Arguments.of(100002, InvalidParameterException.class, ErrorCategory.INVALID_REQUEST),
                Arguments.of(60015, InvalidParameterException.class, ErrorCategory.INVALID_REQUEST),
                Arguments.of(102006, LiveEngineServiceException.class, ErrorCategory.QUOTA_EXCEEDED),
                Arguments.of(123456, LiveEngineServiceException.class, ErrorCategory.UNKNOWN));
    }

    @ParameterizedTest
    @MethodSource("codes")
    void failEnvelopeBecomesTypedException(int code, Class<?> type, ErrorCategory category) {
        try (FakeService service = new FakeService().fail(code, "refused");
             LiveEngineClient client = TestClients.against(service.baseUrl(), Clock.systemUTC(), new TestClients.RecordingSleeper())
                     .retryPolicy(RetryPolicy.NONE).build()) {
            LiveEngineServiceException e = assertThrows(LiveEngineServiceException.class, () -> client.sendGift(gift()));

            assertSame(type, e.getClass());
            assertEquals(category, e.category());
            assertEquals(code, e.errorCode());
            assertEquals("refused", e.errorInfo());
            assertEquals("Id-fail-" + code, e.requestId());
            assertEquals("live_engine_http_srv/send_gift", e.operation());
        }
    }

    @Test
    void serverErrorIsItsOwnType() {
        try (FakeService service = new FakeService().fail(100001, "boom");
             LiveEngineClient client = TestClients.against(service.baseUrl(), Clock.systemUTC(), new TestClients.RecordingSleeper())
                     .retryPolicy(RetryPolicy.NONE).build()) {
            assertThrows(ServerErrorException.class, () -> client.sendGift(gift()));
        }
    }

    @Test
    void anEnvelopeThatContradictsItselfIsNotTakenForSuccess() {
        try (FakeService service = new FakeService().reply(200, "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":0}");
             LiveEngineClient client = TestClients.against(service.baseUrl(), Clock.systemUTC(), new TestClients.RecordingSleeper())
                     .retryPolicy(RetryPolicy.NONE).build()) {
            assertThrows(LiveEngineTransportException.class, () -> client.sendGift(gift()));
        }
    }

    static SendGiftRequest gift() {
        return new SendGiftRequest().roomId("room1").giftId("rose").fromAccount("alice").receiverListAccount(List.of("bob"));
    }
}
