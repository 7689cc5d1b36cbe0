package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Neither the app's secret key nor a caller's UserSig may ever come back in a reply or a settings dump. */
class SecretsTest {

    private static final String KEY = "s3cret-key-of-the-test-app-5f1d2c";
    private static final String OTHER_KEY = "another-apps-key-9a8b7c";
    private static final ObjectNode BODY = json("RoomId", "room1", "From_Account", "viewer");

    @RegisterExtension
    static final EmulatorHttp http = EmulatorHttp.start(new MutableClock(MutableClock.DEFAULT_START), KEY, b -> b);

    /** Sends {@code userSig} as the credential and checks the whole reply for it and for both keys. */
    private static Reply presenting(String identifier, String userSig, int expectedCode) {
        Reply reply = fails(expectedCode, http.post("get_gift_count",
                http.query().with("identifier", identifier).with("usersig", userSig), BODY));
        assertFalse(reply.info().isEmpty(), "a refusal says why");
        for (String secret : List.of(userSig, KEY, OTHER_KEY)) {
            assertFalse(reply.text().contains(secret), () -> "reply leaks a secret: " + reply.text());
        }
        // nor a recognisable piece of the token (its signature part is what would be worth stealing)
        assertFalse(reply.text().contains(userSig.substring(userSig.length() - 24)), reply.text());
        return reply;
    }

    @Test
    void refusedUserSigsAreNotEchoed() {
        String admin = http.admin;
        List<Reply> replies = new ArrayList<>();
        replies.add(presenting(admin, http.userSig(http.settings.sdkAppId(), OTHER_KEY, admin, Duration.ofDays(1)), 70009));
        replies.add(presenting(admin, http.userSig("alice", Duration.ofDays(1)), 70013));
        replies.add(presenting(admin, http.userSig(1400000999L, KEY, admin, Duration.ofDays(1)), 70014));
        replies.add(presenting("alice", http.userSig("alice", Duration.ofDays(1)), 60010));
        String shortLived = http.userSig(admin, Duration.ofSeconds(1));
        http.clock.advance(Duration.ofSeconds(2));
        replies.add(presenting(admin, shortLived, 70001));
        String garbled = http.userSig(admin, Duration.ofDays(1));
        replies.add(presenting(admin, garbled.substring(0, garbled.length() / 2) + "##", 70003));
        assertEquals(6, replies.size());
    }

    @Test
    void acceptedRequestsDoNotEchoTheUserSigEither() {
        String userSig = http.userSig(http.admin, Duration.ofDays(1));
        Reply reply = EmulatorHttp.ok(http.post("get_gift_count", http.query().with("usersig", userSig), BODY));
        assertFalse(reply.text().contains(userSig), reply.text());
        assertFalse(reply.text().contains(KEY), reply.text());
    }

    @Test
    void settingsNeverPrintTheKey() {
        String text = http.settings.toString();
        assertFalse(text.contains(KEY), text);
        assertTrue(text.contains("hidden"), text);

        String defaults = EmulatorSettings.builder().build().toString();
        assertFalse(defaults.contains(EmulatorSettings.DEVELOPMENT_SECRET_KEY), defaults);
        assertTrue(defaults.contains("development"), defaults);
    }
}
