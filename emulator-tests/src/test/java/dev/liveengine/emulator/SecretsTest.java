package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Neither the app's secret key nor a caller's UserSig may ever come back in a reply or a settings dump. */
class SecretsTest {

    private static final String KEY = "s3cret-key-of-the-test-app-5f1d2c";
    private static final String OTHER_KEY = "another-apps-key-9a8b7c";
    private static final SpecExamples.Operation GET_GIFT_COUNT = SpecExamples.operation("getGiftCount");
    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock).secretKey(KEY))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /** The room the recorded get_gift_count request reads must exist. */
    @BeforeEach
    void seedWhatTheRecordedRequestNeeds() {
        emulator.control().importState(SpecExamples.recordedFixtures(GET_GIFT_COUNT.operationId()));
    }

    /** Sends {@code userSig} as the credential and checks the whole reply for it and for both keys. */
    private static void presenting(String identifier, String userSig, int expectedCode) {
        Reply reply = fails(expectedCode, http.post(GET_GIFT_COUNT,
                http.query().with("identifier", identifier).with("usersig", userSig), RecordedRequests.of(GET_GIFT_COUNT)));
        assertFalse(reply.info().isEmpty(), "a refusal says why");
        for (String secret : List.of(userSig, KEY, OTHER_KEY)) {
            assertFalse(reply.text().contains(secret), () -> "reply leaks a secret: " + reply.text());
        }
        // nor a recognisable piece of the token (its signature part is what would be worth stealing)
        assertFalse(reply.text().contains(userSig.substring(userSig.length() - 24)), reply.text());
    }

    @Test
    void refusedUserSigsAreNotEchoed() {
        String admin = http.admin();
        long sdkAppId = EmulatorSettings.DEFAULT_SDKAPPID;
        presenting(admin, http.userSigSignedWith(sdkAppId, OTHER_KEY, admin, Duration.ofDays(1)), ErrorCodes.USERSIG_SIGNATURE_CHECK_FAILED);
        presenting(admin, http.userSig("alice", Duration.ofDays(1)), ErrorCodes.USERSIG_IDENTIFIER_MISMATCH);
        presenting(admin, http.userSigSignedWith(1400000999L, KEY, admin, Duration.ofDays(1)), ErrorCodes.USERSIG_SDKAPPID_MISMATCH);
        presenting("alice", http.userSig("alice", Duration.ofDays(1)), ErrorCodes.IDENTIFIER_NOT_ADMIN);
        String shortLived = http.userSig(admin, Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        presenting(admin, shortLived, ErrorCodes.USERSIG_EXPIRED);
        String garbled = http.userSig(admin, Duration.ofDays(1));
        presenting(admin, garbled.substring(0, garbled.length() / 2) + "##", ErrorCodes.USERSIG_MALFORMED);
    }

    @Test
    void acceptedRequestsDoNotEchoTheUserSigEither() {
        String userSig = http.userSig(http.admin(), Duration.ofDays(1));
        Reply reply = ok(http.post(GET_GIFT_COUNT, http.query().with("usersig", userSig), RecordedRequests.of(GET_GIFT_COUNT)));
        assertFalse(reply.text().contains(userSig), reply.text());
        assertFalse(reply.text().contains(KEY), reply.text());
    }

    /**
     * The webhook token leaves the emulator in one place only, the answer of get_callback_token (the
     * service answers it too): never in a state snapshot, the journal, a delivery record, a refusal
     * or any other reply, nor, as a Sign, in a delivery record.
     */
    @Test
    void theWebhookTokenIsOnlyInTheAnswerThatReturnsIt() {
        String token = "webhook-token-of-the-test-app-0c4e2a";
        emulator.control().importState(SpecExamples.recordedFixtures());
        List<String> replies = new java.util.ArrayList<>();
        replies.add(ok(http.call(SpecExamples.operation("setCallback"), EmulatorHttp.json("Url", emulator.webhooks().url(),
                "CallbackCommandList", List.of("Live.CallbackAfterSetMetadata")))).text());
        replies.add(ok(http.call(SpecExamples.operation("setCallbackToken"), EmulatorHttp.json("Token", token, "IsTokenEnable", true))).text());
        replies.add(fails(ErrorCodes.INVALID_PARAMETER, http.call(SpecExamples.operation("setCallbackToken"),
                EmulatorHttp.json("Token", token + "x".repeat(200)))).text());
        SpecExamples.Operation setMetadata = SpecExamples.operation("setRoomMetadata");
        replies.add(ok(http.call(setMetadata, RecordedRequests.of(setMetadata))).text());
        String sign = emulator.webhooks().take("Live.CallbackAfterSetMetadata").query().get("Sign");
        replies.add(ok(http.call("/emulator/v1/export_state", EmulatorHttp.json())).text());
        replies.add(ok(http.call("/emulator/v1/get_journal", EmulatorHttp.json())).text());
        try {
            assertTrue(emulator.control().awaitWebhooks(Duration.ofSeconds(10)), "deliveries pending");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        replies.add(ok(http.call("/emulator/v1/get_webhook_deliveries", EmulatorHttp.json())).text());
        for (String reply : replies) {
            assertFalse(reply.contains(token) || reply.contains(sign), () -> "leaks the webhook token or a Sign: " + reply);
        }
        String answered = ok(http.call(SpecExamples.operation("getCallbackToken"), EmulatorHttp.json())).text();
        assertTrue(answered.contains(token), "get_callback_token answers the token, as the service does");
    }

    @Test
    void settingsNeverPrintTheKey() {
        String text = emulator.emulator().settings().toString();
        assertFalse(text.contains(KEY), text);
        assertTrue(text.contains("hidden"), text);

        String defaults = EmulatorSettings.builder().build().toString();
        assertFalse(defaults.contains(EmulatorSettings.DEVELOPMENT_SECRET_KEY), defaults);
        assertTrue(defaults.contains("development"), defaults);
    }
}
