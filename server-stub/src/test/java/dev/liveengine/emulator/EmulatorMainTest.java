package dev.liveengine.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigSigner;
import dev.liveengine.usersig.UserSigVerifier;
import dev.liveengine.usersig.Verification;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: flags, their environment variables, and the start-up banner. */
class EmulatorMainTest {

    private static final Map<String, String> NO_ENV = Map.of();

    private static EmulatorSettings parse(Map<String, String> env, String... args) {
        EmulatorSettings settings = EmulatorMain.parse(args, env);
        assertNotNull(settings, "parse returned null (help) unexpectedly");
        return settings;
    }

    @Test
    void noArgumentsGiveTheDefaults() {
        EmulatorSettings settings = parse(NO_ENV);
        assertEquals("127.0.0.1", settings.host);
        assertEquals(8080, settings.port);
        assertEquals(EmulatorSettings.DEFAULT_SDKAPPID, settings.sdkAppId);
        assertEquals(Set.of(EmulatorSettings.DEFAULT_ADMIN), settings.admins);
        assertTrue(settings.secretKeyIsDevelopmentDefault);
        assertTrue(settings.rateLimitsEnabled);
        assertTrue(settings.rateLimitOverrides.isEmpty());
        assertEquals(1, settings.rateLimitScale);
        assertTrue(settings.stateFile.isEmpty());
    }

    @Test
    void theRateLimitScaleAndTheStateFileComeFromAFlagOrItsVariable() {
        EmulatorSettings fromFlags = parse(Map.of("LIVE_ENGINE_RATE_LIMIT_SCALE", "3"), "--rate-limit-scale", "10", "--state-file=s.json");
        assertEquals(10, fromFlags.rateLimitScale);
        assertEquals(java.nio.file.Path.of("s.json"), fromFlags.stateFile.orElseThrow());
        EmulatorSettings fromEnvironment = parse(Map.of("LIVE_ENGINE_RATE_LIMIT_SCALE", "3", "LIVE_ENGINE_STATE_FILE", "t.json"));
        assertEquals(3, fromEnvironment.rateLimitScale);
        assertEquals(java.nio.file.Path.of("t.json"), fromEnvironment.stateFile.orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> parse(NO_ENV, "--rate-limit-scale", "0"));
    }

    @Test
    void theWebhookSettingsComeFromFlagsAndTheQuotaAlsoFromItsVariable() {
        EmulatorSettings defaults = parse(NO_ENV);
        assertEquals(0, defaults.roomQuota, "no quota, so no threshold webhook");
        assertEquals(java.time.Duration.ofSeconds(2), defaults.webhookTimeout, "the documented 2 s");
        EmulatorSettings fromFlags = parse(Map.of("LIVE_ENGINE_ROOM_QUOTA", "5"), "--room-quota", "500", "--webhook-timeout-ms=250");
        assertEquals(500, fromFlags.roomQuota);
        assertEquals(java.time.Duration.ofMillis(250), fromFlags.webhookTimeout);
        assertEquals(5, parse(Map.of("LIVE_ENGINE_ROOM_QUOTA", "5")).roomQuota);
        assertThrows(IllegalArgumentException.class, () -> parse(NO_ENV, "--room-quota", "0"));
        assertThrows(IllegalArgumentException.class, () -> parse(NO_ENV, "--webhook-timeout-ms", "0"));
    }

    @Test
    void flagsWithSeparateValues() {
        EmulatorSettings settings = parse(NO_ENV, "--port", "9000", "--host", "0.0.0.0", "--sdkappid", "1400000123",
                "--admin", "ops, root", "--secret-key", "k3y", "--rate-limit", "add_gift=5", "--rate-limit", "mix_stream=40");
        assertEquals(9000, settings.port);
        assertEquals("0.0.0.0", settings.host);
        assertEquals(1400000123L, settings.sdkAppId);
        assertEquals(Set.of("ops", "root"), settings.admins);
        assertFalse(settings.secretKeyIsDevelopmentDefault);
        assertEquals(Map.of("add_gift", 5, "mix_stream", 40), settings.rateLimitOverrides);
        assertTrue(settings.rateLimitsEnabled);
    }

    @Test
    void flagsInEqualsForm() {
        EmulatorSettings settings = parse(NO_ENV, "--port=0", "--host=::1", "--sdkappid=1400000124", "--admin=ops",
                "--secret-key=a=b", "--rate-limit=send_gift=7", "--no-rate-limits");
        assertEquals(0, settings.port);
        assertEquals("::1", settings.host);
        assertEquals(1400000124L, settings.sdkAppId);
        assertEquals(Set.of("ops"), settings.admins);
        assertFalse(settings.secretKeyIsDevelopmentDefault);
        assertEquals(Map.of("send_gift", 7), settings.rateLimitOverrides);
        assertFalse(settings.rateLimitsEnabled);
    }

    @Test
    void environmentVariablesApplyWhenNoFlagIsGiven() {
        EmulatorSettings settings = parse(Map.of("LIVE_ENGINE_PORT", "9100", "LIVE_ENGINE_HOST", "0.0.0.0",
                "LIVE_ENGINE_SDKAPPID", "1400000200", "LIVE_ENGINE_ADMIN", "ops,root", "LIVE_ENGINE_SECRET_KEY", "env-key"));
        assertEquals(9100, settings.port);
        assertEquals("0.0.0.0", settings.host);
        assertEquals(1400000200L, settings.sdkAppId);
        assertEquals(Set.of("ops", "root"), settings.admins);
        assertFalse(settings.secretKeyIsDevelopmentDefault);
    }

    @Test
    void blankEnvironmentVariablesAreIgnored() {
        EmulatorSettings settings = parse(Map.of("LIVE_ENGINE_PORT", " ", "LIVE_ENGINE_SECRET_KEY", ""));
        assertEquals(8080, settings.port);
        assertTrue(settings.secretKeyIsDevelopmentDefault);
    }

    @Test
    void aFlagWinsOverItsVariable() {
        Map<String, String> env = Map.of("LIVE_ENGINE_PORT", "9100", "LIVE_ENGINE_HOST", "0.0.0.0",
                "LIVE_ENGINE_SDKAPPID", "1400000200", "LIVE_ENGINE_ADMIN", "env-admin");
        EmulatorSettings settings = parse(env, "--port", "9200", "--host=127.0.0.2", "--sdkappid", "1400000300",
                "--admin", "flag-admin");
        assertEquals(9200, settings.port);
        assertEquals("127.0.0.2", settings.host);
        assertEquals(1400000300L, settings.sdkAppId);
        assertEquals(Set.of("flag-admin"), settings.admins, "the --admin flag replaces LIVE_ENGINE_ADMIN");
    }

    @Test
    void aSecretKeyFlagWinsOverItsVariable() {
        EmulatorSettings settings = parse(Map.of("LIVE_ENGINE_SECRET_KEY", "env-key"), "--port", "0", "--secret-key", "flag-key");
        assertFalse(settings.secretKeyIsDevelopmentDefault);
        // the key cannot be read back, so tell which one won by what verifies against it
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
        UserSigVerifier verifier = new UserSigVerifier(settings.sdkAppId(), settings.secretKey, clock);
        for (String key : List.of("flag-key", "env-key")) {
            String userSig = new UserSigSigner(settings.sdkAppId(), AppSecret.of(key), clock).sign("administrator", Duration.ofHours(1));
            assertEquals(key.equals("flag-key"), verifier.verify(userSig, "administrator") instanceof Verification.Valid, key);
        }
    }

    @Test
    void theStateFileComesFromItsFlagOrItsVariable() {
        assertEquals(Optional.of(Path.of("flag.json")),
                parse(Map.of("LIVE_ENGINE_STATE_FILE", "env.json"), "--state-file", "flag.json").stateFile);
        assertEquals(Optional.of(Path.of("env.json")), parse(Map.of("LIVE_ENGINE_STATE_FILE", "env.json")).stateFile);
        assertEquals(Optional.empty(), parse(NO_ENV).stateFile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void helpGivesNull(String flag) {
        assertNull(EmulatorMain.parse(new String[] {"--port", "9000", flag}, NO_ENV));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "65536", "80.5", ""})
    void aBadPortIsRefused(String port) {
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--port", port}, NO_ENV));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--port=" + port}, NO_ENV));
    }

    @Test
    void aBadPortInTheEnvironmentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[0], Map.of("LIVE_ENGINE_PORT", "http")));
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> EmulatorMain.parse(new String[] {"--colour", "blue"}, NO_ENV));
        assertTrue(refusal.getMessage().contains("--colour"), refusal.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"9000"}, NO_ENV));
    }

    @Test
    void otherBadInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--port"}, NO_ENV));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--sdkappid", "0"}, NO_ENV));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--rate-limit", "add_gift"}, NO_ENV));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--rate-limit", "add_gift=0"}, NO_ENV));
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {"--secret-key", " "}, NO_ENV));
    }

    @Test
    void libraryLoggingStaysQuietAfterAGarbageCollection() {
        // java.util.logging holds loggers weakly: a level set on a logger nobody keeps is lost in the
        // next collection. (This can only catch a regression while Undertow, whose own logger
        // objects keep the loggers alive, is not yet loaded, e.g. when the test runs on its own.)
        LiveEngineEmulator.start(EmulatorSettings.builder().port(0).build()).close();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        for (String name : List.of("io.undertow", "org.xnio")) {
            assertEquals(Level.WARNING, Logger.getLogger(name).getLevel(), name);
        }
    }

    // ---- banner ----------------------------------------------------------------------------------

    private static String banner(EmulatorSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LiveEngineEmulator emulator = LiveEngineEmulator.start(settings);
             PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            EmulatorMain.printBanner(print, emulator, settings);
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains(emulator.baseUrl()), text);
            assertTrue(emulator.port() > 0);
            return text;
        }
    }

    @Test
    void theBannerNeverShowsACustomKey() {
        String key = "banner-secret-0123456789abcdef";
        EmulatorSettings settings = EmulatorMain.parse(new String[] {"--port", "0", "--secret-key", key, "--admin", "ops"}, NO_ENV);
        String text = banner(settings);
        assertFalse(text.contains(key), text);
        assertFalse(text.contains("banner-secret"), text);
        assertFalse(text.contains("development key"), text);
        assertTrue(text.contains("ops"), text);
    }

    @Test
    void theBannerNamesTheDevelopmentKey() {
        EmulatorSettings settings = EmulatorMain.parse(new String[] {"--port", "0", "--no-rate-limits"}, NO_ENV);
        String text = banner(settings);
        assertTrue(text.contains("development key"), text);
        assertTrue(text.contains("off"), text);
    }
}
