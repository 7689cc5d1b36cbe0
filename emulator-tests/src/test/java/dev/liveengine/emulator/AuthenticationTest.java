package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.ok;

import com.tencentyun.TLSSigAPIv2;
import dev.liveengine.emulator.EmulatorHttp.Query;
import dev.liveengine.emulator.EmulatorHttp.Reply;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The credential checks, in the service's order: sdkappid, identifier, usersig, then admin rights. */
class AuthenticationTest {

    private static final SpecExamples.Operation GET_GIFT_COUNT = SpecExamples.operation("getGiftCount");
    private static final String OTHER_KEY = "a-key-of-some-other-application";
    private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
            .settings(s -> s.clock(clock))
            .build();

    private static final EmulatorHttp http = new EmulatorHttp(emulator);

    /** The room the recorded get_gift_count request reads must exist in each emulator it is sent to. */
    private static void seedWhatTheRecordedRequestNeeds(LiveEngineEmulatorExtension extension) {
        extension.control().importState(SpecExamples.recordedFixtures(GET_GIFT_COUNT.operationId()));
    }

    @BeforeEach
    void seed() {
        seedWhatTheRecordedRequestNeeds(emulator);
    }

    private static Reply call(EmulatorHttp driver, Query query) {
        return driver.post(GET_GIFT_COUNT, query, RecordedRequests.of(GET_GIFT_COUNT));
    }

    private static Reply call(Query query) {
        return call(http, query);
    }

    @Test
    void aValidQueryIsAccepted() {
        ok(call(http.query()));
    }

    @Test
    void missingSdkAppIdIs60012() {
        fails(ErrorCodes.SDKAPPID_MISSING, call(http.query().without("sdkappid")));
        fails(ErrorCodes.SDKAPPID_MISSING, call(http.query().with("sdkappid", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "14e8", "0", "-1400000000", "99999999999999999999"})
    void malformedSdkAppIdIs60006(String sdkAppId) {
        fails(ErrorCodes.SDKAPPID_INVALID, call(http.query().with("sdkappid", sdkAppId)));
    }

    @Test
    void anotherAppsSdkAppIdIs70020() {
        fails(ErrorCodes.SDKAPPID_NOT_FOUND, call(http.query().with("sdkappid", "1400000001")));
    }

    @Test
    void sdkAppIdIsCheckedBeforeEverythingElse() {
        fails(ErrorCodes.SDKAPPID_MISSING, call(new Query().with("random", "1")));
    }

    @Test
    void missingIdentifierIs60002() {
        fails(ErrorCodes.HTTP_REQUEST_MALFORMED, call(http.query().without("identifier")));
        fails(ErrorCodes.HTTP_REQUEST_MALFORMED, call(http.query().with("identifier", "")));
    }

    @Test
    void emptyUserSigIs70002() {
        fails(ErrorCodes.USERSIG_EMPTY, call(http.query().without("usersig")));
        fails(ErrorCodes.USERSIG_EMPTY, call(http.query().with("usersig", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-usersig", "eJw", "@@@@", "eJyrVgpJLS5RslIqS8wpTtVRSs1Lzs9NzQNKGBgYGBgYGBgYAA"})
    void undecodableUserSigIs70003(String userSig) {
        fails(ErrorCodes.USERSIG_MALFORMED, call(http.query().with("usersig", userSig)));
    }

    @Test
    void userSigOfAnotherSdkAppIdIs70014() {
        String foreign = http.userSigSignedWith(1400000001L, EmulatorSettings.DEVELOPMENT_SECRET_KEY, http.admin(), Duration.ofDays(1));
        fails(ErrorCodes.USERSIG_SDKAPPID_MISMATCH, call(http.query().with("usersig", foreign)));
    }

    @Test
    void userSigOfAnotherIdentifierIs70013() {
        String alices = http.userSig("alice", Duration.ofDays(1));
        fails(ErrorCodes.USERSIG_IDENTIFIER_MISMATCH, call(http.query().with("usersig", alices)));
    }

    @Test
    void userSigWithABadSignatureIs70009() {
        String forged = http.userSigSignedWith(EmulatorSettings.DEFAULT_SDKAPPID, OTHER_KEY, http.admin(), Duration.ofDays(1));
        fails(ErrorCodes.USERSIG_SIGNATURE_CHECK_FAILED, call(http.query().with("usersig", forged)));
    }

    @Test
    void expiredUserSigIs70001() {
        String userSig = http.userSig(http.admin(), Duration.ofSeconds(60));
        // valid through the whole second issue + validity, expired from the next one
        clock.advance(Duration.ofSeconds(60));
        ok(call(http.query().with("usersig", userSig)));
        String fresh = http.userSig(http.admin(), Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        fails(ErrorCodes.USERSIG_EXPIRED, call(http.query().with("usersig", fresh)));
    }

    @Test
    void aRememberedUserSigStillExpires() {
        String userSig = http.userSig(http.admin(), Duration.ofMinutes(5));
        ok(call(http.query().with("usersig", userSig)));
        ok(call(http.query().with("usersig", userSig)));
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        fails(ErrorCodes.USERSIG_EXPIRED, call(http.query().with("usersig", userSig)));
    }

    @Test
    void aRememberedUserSigIsNotAcceptedForAnotherIdentifier() {
        String userSig = http.userSig(http.admin(), Duration.ofDays(1));
        ok(call(http.query().with("usersig", userSig)));
        fails(ErrorCodes.USERSIG_IDENTIFIER_MISMATCH, call(http.query().with("identifier", "alice").with("usersig", userSig)));
    }

    @Test
    void aUserWhoIsNotAnAdminIs60010() {
        String alices = http.userSig("alice", Duration.ofDays(1));
        fails(ErrorCodes.IDENTIFIER_NOT_ADMIN, call(http.query().with("identifier", "alice").with("usersig", alices)));
    }

    @Nested
    class WithTheRealClock {

        // the vendor's library stamps the real time, so this emulator runs on the real clock
        @RegisterExtension
        static final LiveEngineEmulatorExtension live = LiveEngineEmulatorExtension.create();

        private static final EmulatorHttp liveHttp = new EmulatorHttp(live);

        @BeforeEach
        void seedLive() {
            seedWhatTheRecordedRequestNeeds(live);
        }

        @Test
        void vendorSignedUserSigIsAccepted() {
            String vendorSig = new TLSSigAPIv2(EmulatorSettings.DEFAULT_SDKAPPID, EmulatorSettings.DEVELOPMENT_SECRET_KEY)
                    .genUserSig(EmulatorSettings.DEFAULT_ADMIN, 86400);
            ok(call(liveHttp, liveHttp.query().with("usersig", vendorSig)));

            String vendorSigOtherKey = new TLSSigAPIv2(EmulatorSettings.DEFAULT_SDKAPPID, OTHER_KEY)
                    .genUserSig(EmulatorSettings.DEFAULT_ADMIN, 86400);
            fails(ErrorCodes.USERSIG_SIGNATURE_CHECK_FAILED, call(liveHttp, liveHttp.query().with("usersig", vendorSigOtherKey)));
        }
    }

    @Nested
    class WithOtherAdminsAndApp {

        @RegisterExtension
        static final LiveEngineEmulatorExtension custom = LiveEngineEmulatorExtension.builder()
                .settings(s -> s.sdkAppId(1400000042L).admin("ops"))
                .build();

        private static final EmulatorHttp customHttp = new EmulatorHttp(custom);

        @BeforeEach
        void seedCustom() {
            seedWhatTheRecordedRequestNeeds(custom);
        }

        @Test
        void configuredAdminsAndSdkAppIdReplaceTheDefaults() {
            ok(call(customHttp, customHttp.query()));
            String defaultAdminSig = customHttp.userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofDays(1));
            fails(ErrorCodes.IDENTIFIER_NOT_ADMIN, call(customHttp,
                    customHttp.query().with("identifier", EmulatorSettings.DEFAULT_ADMIN).with("usersig", defaultAdminSig)));
            fails(ErrorCodes.SDKAPPID_NOT_FOUND, call(customHttp,
                    customHttp.query().with("sdkappid", Long.toString(EmulatorSettings.DEFAULT_SDKAPPID))));
        }
    }
}
