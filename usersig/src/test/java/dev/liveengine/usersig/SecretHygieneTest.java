package dev.liveengine.usersig;

import static dev.liveengine.usersig.Vectors.EXPIRE;
import static dev.liveengine.usersig.Vectors.IDENTIFIER;
import static dev.liveengine.usersig.Vectors.KEY;
import static dev.liveengine.usersig.Vectors.SDKAPPID;
import static dev.liveengine.usersig.Vectors.TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.usersig.Verification.Failure;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Nothing printable may carry the key, a token, or the signature a token should have had. */
class SecretHygieneTest {

    private static final long INSIDE = TIME + 1000;

    private static void assertClean(String text, String... secrets) {
        assertFalse(text.contains(KEY), () -> "leaks the key: " + text);
        for (String secret : secrets) {
            assertFalse(text.contains(secret), () -> "leaks a secret value: " + text);
        }
    }

    @Test
    void toStringsAreRedacted() {
        AppSecret secret = Vectors.secret();
        assertEquals("AppSecret[redacted]", secret.toString());
        Clock clock = Vectors.clockAt(TIME);
        assertClean(new UserSigSigner(SDKAPPID, secret, clock).toString());
        assertClean(new UserSigVerifier(SDKAPPID, secret, clock).toString());
    }

    @Test
    void appSecretHasIdentityEquality() {
        // Two wrappers of one key are not "equal": nothing should be comparing or hashing secrets.
        AppSecret a = AppSecret.of(KEY);
        AppSecret b = AppSecret.of(KEY);
        assertFalse(a.equals(b));
    }

    @Test
    void everyFailureDetailIsClean() {
        UserSigSigner signer = new UserSigSigner(SDKAPPID, Vectors.secret(), Vectors.clockAt(TIME));
        String forged = new UserSigSigner(SDKAPPID, AppSecret.of("another-key"), Vectors.clockAt(TIME))
                .sign(IDENTIFIER, Duration.ofSeconds(EXPIRE));
        ObjectNode tampered = (ObjectNode) Vectors.decode(Vectors.USERSIG);
        tampered.put("TLS.time", TIME + 1);
        String tamperedToken = Vectors.wrap(tampered.toString());
        // The signature the tampered token would need: it must never be disclosed.
        String wantedSig = Base64.getEncoder().encodeToString(UserSigHmac.compute(Vectors.secret(),
                new UserSigClaims(SDKAPPID, IDENTIFIER, TIME + 1, EXPIRE), null));
        String forgedSig = Vectors.decode(forged).get("TLS.sig").textValue();

        // Malformed payloads that contain signatures: a detail quoting the payload or a bad field would leak them.
        ObjectNode badSig = (ObjectNode) Vectors.decode(Vectors.USERSIG);
        badSig.put("TLS.sig", Vectors.SIG + "#");
        ObjectNode badUserBuf = (ObjectNode) Vectors.decode(Vectors.USERSIG);
        badUserBuf.put("TLS.userbuf", wantedSig + "#");

        List<String> tokens = List.of("", "garbage!", "aGVsbG8_", Vectors.wrap("not json"),
                Vectors.wrap(Vectors.JSON + " trailing"), Vectors.wrap(badSig.toString()),
                // JSON parsers quote an unrecognised token in their messages; this one is the key itself.
                Vectors.wrap("{\"TLS.sig\":x" + KEY + "}"),
                Vectors.wrap(badUserBuf.toString()),
                Vectors.USERSIG, forged, tamperedToken, signer.sign(IDENTIFIER, Duration.ofSeconds(EXPIRE), Vectors.USERBUF));
        List<UserSigVerifier> verifiers = List.of(
                Vectors.verifierAt(INSIDE),
                Vectors.verifierAt(TIME + EXPIRE + 1),
                new UserSigVerifier(SDKAPPID + 1, Vectors.secret(), Vectors.clockAt(INSIDE)));

        Set<Failure> seen = EnumSet.noneOf(Failure.class);
        for (UserSigVerifier verifier : verifiers) {
            for (String token : tokens) {
                for (String expected : new String[] {IDENTIFIER, "someone-else"}) {
                    if (verifier.verify(token, expected) instanceof Verification.Invalid invalid) {
                        seen.add(invalid.failure());
                        assertClean(invalid.detail(), Vectors.SIG, wantedSig, forgedSig);
                        if (!token.isEmpty()) {
                            assertClean(invalid.detail(), token);
                        }
                    }
                }
            }
        }
        assertEquals(EnumSet.allOf(Failure.class), seen, "the sweep should have produced every failure");
    }

    @Test
    void exceptionMessagesAreClean() {
        String token = Vectors.USERSIG;
        UserSigSigner signer = new UserSigSigner(SDKAPPID, Vectors.secret(), Vectors.clockAt(TIME));
        Clock clock = Vectors.clockAt(TIME);
        List<Executable> misuses = new ArrayList<>(List.of(
                () -> AppSecret.of(null),
                () -> AppSecret.of("   "),
                () -> signer.sign("", Duration.ofSeconds(1)),
                () -> signer.sign(IDENTIFIER, Duration.ZERO),
                () -> signer.sign(IDENTIFIER, Duration.ofMillis(10)),
                () -> signer.sign(IDENTIFIER, Duration.ofSeconds(1), new byte[0]),
                () -> new UserSigSigner(-1, Vectors.secret(), clock),
                () -> new UserSigVerifier(0, Vectors.secret(), clock),
                () -> Vectors.verifierAt(INSIDE).verify(token, null)));
        for (Executable misuse : misuses) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, misuse);
            assertClean(String.valueOf(e.getMessage()), token);
        }
    }

    @Test
    void blankKeyIsRefusedWithFixedText() {
        // A blank key cannot be searched for inside a message, so pin the message to its fixed text.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AppSecret.of(" \t "));
        assertEquals("the application secret key must not be null or blank", e.getMessage());
    }
}
