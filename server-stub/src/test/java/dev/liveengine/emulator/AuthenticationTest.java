package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentyun.TLSSigAPIv2;
import dev.liveengine.emulator.EmulatorHttp.Query;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The credential checks, in the service's order: sdkappid, identifier, usersig, then admin rights. */
class AuthenticationTest {

    private static final ObjectNode BODY = json("RoomId", "room1", "From_Account", "viewer");
    private static final String OTHER_KEY = "a-key-of-some-other-application";

    @RegisterExtension
    static final EmulatorHttp http = EmulatorHttp.start();

    private Reply call(Query query) {
        return http.post("get_gift_count", query, BODY);
    }

    @Test
    void aValidQueryIsAccepted() {
        ok(call(http.query()));
    }

    @Test
    void missingSdkAppIdIs60012() {
        fails(60012, call(http.query().without("sdkappid")));
        fails(60012, call(http.query().with("sdkappid", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "14e8", "0", "-1400000000", "99999999999999999999"})
    void malformedSdkAppIdIs60006(String sdkAppId) {
        fails(60006, call(http.query().with("sdkappid", sdkAppId)));
    }

    @Test
    void anotherAppsSdkAppIdIs70020() {
        fails(70020, call(http.query().with("sdkappid", "1400000001")));
    }

    @Test
    void sdkAppIdIsCheckedBeforeEverythingElse() {
        fails(60012, call(new Query().with("random", "1")));
    }

    @Test
    void missingIdentifierIs60002() {
        fails(60002, call(http.query().without("identifier")));
        fails(60002, call(http.query().with("identifier", "")));
    }

    @Test
    void emptyUserSigIs70002() {
        fails(70002, call(http.query().without("usersig")));
        fails(70002, call(http.query().with("usersig", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-usersig", "eJw", "@@@@", "eJyrVgpJLS5RslIqS8wpTtVRSs1Lzs9NzQNKGBgYGBgYGBgYAA"})
    void undecodableUserSigIs70003(String userSig) {
        fails(70003, call(http.query().with("usersig", userSig)));
    }

    @Test
    void userSigOfAnotherSdkAppIdIs70014() {
        String foreign = http.userSig(1400000001L, http.secretKey, http.admin, Duration.ofDays(1));
        fails(70014, call(http.query().with("usersig", foreign)));
    }

    @Test
    void userSigOfAnotherIdentifierIs70013() {
        String alices = http.userSig("alice", Duration.ofDays(1));
        fails(70013, call(http.query().with("usersig", alices)));
    }

    @Test
    void userSigWithABadSignatureIs70009() {
        String forged = http.userSig(http.settings.sdkAppId(), OTHER_KEY, http.admin, Duration.ofDays(1));
        fails(70009, call(http.query().with("usersig", forged)));
    }

    @Test
    void expiredUserSigIs70001() {
        String userSig = http.userSig(http.admin, Duration.ofSeconds(60));
        // valid through the whole second issue + validity, expired from the next one
        http.clock.advance(Duration.ofSeconds(60));
        ok(call(http.query().with("usersig", userSig)));
        String fresh = http.userSig(http.admin, Duration.ofSeconds(60));
        http.clock.advance(Duration.ofSeconds(61));
        fails(70001, call(http.query().with("usersig", fresh)));
    }

    @Test
    void aRememberedUserSigStillExpires() {
        String userSig = http.userSig(http.admin, Duration.ofMinutes(5));
        ok(call(http.query().with("usersig", userSig)));
        ok(call(http.query().with("usersig", userSig)));
        http.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        fails(70001, call(http.query().with("usersig", userSig)));
    }

    @Test
    void aRememberedUserSigIsNotAcceptedForAnotherIdentifier() {
        String userSig = http.userSig(http.admin, Duration.ofDays(1));
        ok(call(http.query().with("usersig", userSig)));
        fails(70013, call(http.query().with("identifier", "alice").with("usersig", userSig)));
    }

    @Test
    void aUserWhoIsNotAnAdminIs60010() {
        String alices = http.userSig("alice", Duration.ofDays(1));
        fails(60010, call(http.query().with("identifier", "alice").with("usersig", alices)));
    }

    @Test
    void vendorSignedUserSigIsAccepted() {
        // the vendor's library stamps the real time, so this emulator's clock starts at the real time too
        try (EmulatorHttp live = EmulatorHttp.start(MutableClock.atRealTime(), EmulatorSettings.DEVELOPMENT_SECRET_KEY, b -> b)) {
            String vendorSig = new TLSSigAPIv2(EmulatorSettings.DEFAULT_SDKAPPID, EmulatorSettings.DEVELOPMENT_SECRET_KEY)
                    .genUserSig(EmulatorSettings.DEFAULT_ADMIN, 86400);
            ok(live.post("get_gift_count", live.query().with("usersig", vendorSig), BODY));

            String vendorSigOtherKey = new TLSSigAPIv2(EmulatorSettings.DEFAULT_SDKAPPID, OTHER_KEY)
                    .genUserSig(EmulatorSettings.DEFAULT_ADMIN, 86400);
            fails(70009, live.post("get_gift_count", live.query().with("usersig", vendorSigOtherKey), BODY));
        }
    }

    @Test
    void configuredAdminsAndSdkAppIdReplaceTheDefaults() {
        try (EmulatorHttp custom = EmulatorHttp.start(b -> b.sdkAppId(1400000042L).admin("ops"))) {
            ok(custom.post("get_gift_count", custom.query(), BODY));
            String defaultAdminSig = custom.userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofDays(1));
            fails(60010, custom.post("get_gift_count",
                    custom.query().with("identifier", EmulatorSettings.DEFAULT_ADMIN).with("usersig", defaultAdminSig), BODY));
            fails(70020, custom.post("get_gift_count",
                    custom.query().with("sdkappid", Long.toString(EmulatorSettings.DEFAULT_SDKAPPID)), BODY));
        }
    }
}
