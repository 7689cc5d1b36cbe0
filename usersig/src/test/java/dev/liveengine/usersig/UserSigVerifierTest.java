package dev.liveengine.usersig;

import static dev.liveengine.usersig.Vectors.EXPIRE;
import static dev.liveengine.usersig.Vectors.IDENTIFIER;
import static dev.liveengine.usersig.Vectors.SDKAPPID;
import static dev.liveengine.usersig.Vectors.TIME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.usersig.Verification.Failure;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UserSigVerifierTest {

    private static final long INSIDE = TIME + 1000;
    private static final UserSigClaims VECTOR_CLAIMS = new UserSigClaims(SDKAPPID, IDENTIFIER, TIME, EXPIRE);

    private static Verification verifyAt(long now, String token) {
        return Vectors.verifierAt(now).verify(token, IDENTIFIER);
    }

    private static void assertValid(Verification result) {
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, result);
        assertEquals(VECTOR_CLAIMS, valid.claims());
    }

    private static void assertFailure(Failure expected, Verification result) {
        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class, result);
        assertEquals(expected, invalid.failure(), invalid.detail());
    }

    /** The vector's JSON as a mutable tree, for tampering. */
    private static ObjectNode vectorPayload() {
        return (ObjectNode) Vectors.decode(Vectors.USERSIG);
    }

    private static String wrap(ObjectNode payload) {
        return Vectors.wrap(payload.toString());
    }

    // --- the validity window -------------------------------------------------------------------

    @Test
    void vectorIsValidInsideItsWindow() {
        assertValid(verifyAt(TIME, Vectors.USERSIG));
        assertValid(verifyAt(INSIDE, Vectors.USERSIG));
    }

    @Test
    void vectorIsStillValidAtTheLastSecond() {
        assertValid(verifyAt(TIME + EXPIRE, Vectors.USERSIG));
    }

    @Test
    void vectorIsExpiredOneSecondLater() {
        assertFailure(Failure.EXPIRED, verifyAt(TIME + EXPIRE + 1, Vectors.USERSIG));
    }

    // --- one crafted input per failure ----------------------------------------------------------

    @Test
    void emptyTokens() {
        assertFailure(Failure.EMPTY, verifyAt(INSIDE, null));
        assertFailure(Failure.EMPTY, verifyAt(INSIDE, ""));
    }

    @Test
    void garbage() {
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, "this is not a UserSig!"));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, "abc"));
    }

    @Test
    void validBase64OfSomethingThatIsNotZlib() {
        String notZlib = Vectors.swapAlphabet(Base64.getEncoder().encodeToString("hello, world".getBytes()));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, notZlib));
    }

    @Test
    void zlibOfSomethingThatIsNotJson() {
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, Vectors.wrap("TLS.ver=2.0; TLS.sig=nope")));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, Vectors.wrap("[1, 2, 3]")));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, Vectors.wrap(Vectors.JSON + " trailing")));
    }

    @Test
    void jsonWithoutTheSignature() {
        ObjectNode payload = vectorPayload();
        payload.remove("TLS.sig");
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(payload)));
    }

    @Test
    void everyRequiredFieldIsRequired() {
        for (String field : new String[] {"TLS.ver", "TLS.identifier", "TLS.sdkappid", "TLS.expire", "TLS.time"}) {
            ObjectNode payload = vectorPayload();
            payload.remove(field);
            assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(payload)));
        }
    }

    @Test
    void wronglyTypedFields() {
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.sdkappid", "1400000000"))));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.time", 1.7e9))));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.expire", "15552000"))));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.identifier", 7))));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.sig", "not base64!"))));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.userbuf", 5))));
    }

    @Test
    void otherVersions() {
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.ver", "1.0"))));
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.ver", 2.0))));
    }

    @Test
    void duplicateKeys() {
        String json = Vectors.JSON.replace("{", "{\"TLS.identifier\":\"someone\",");
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, Vectors.wrap(json)));
    }

    @Test
    void zipBomb() {
        // Valid JSON: the vector padded with 70 KiB of whitespace. Only the inflate limit can refuse it.
        char[] padding = new char[70 * 1024];
        Arrays.fill(padding, ' ');
        String padded = new String(padding) + Vectors.JSON;
        assertFailure(Failure.MALFORMED, verifyAt(INSIDE, Vectors.wrap(padded)));
        // The same trick under the limit is fine, which shows the limit is what refused the first one.
        assertValid(verifyAt(INSIDE, Vectors.wrap(new String(padding, 0, 60 * 1024) + Vectors.JSON)));
    }

    @Test
    void wrongSdkAppId() {
        UserSigVerifier other = new UserSigVerifier(SDKAPPID + 1, Vectors.secret(), Vectors.clockAt(INSIDE));
        assertFailure(Failure.SDKAPPID_MISMATCH, other.verify(Vectors.USERSIG, IDENTIFIER));
    }

    @Test
    void wrongIdentifier() {
        assertFailure(Failure.IDENTIFIER_MISMATCH, Vectors.verifierAt(INSIDE).verify(Vectors.USERSIG, "xiaoming"));
        // Exact match only: no case folding, no trimming.
        assertFailure(Failure.IDENTIFIER_MISMATCH, Vectors.verifierAt(INSIDE).verify(Vectors.USERSIG, "XiaoJun"));
    }

    @Test
    void signedWithAnotherKey() {
        UserSigSigner forger = new UserSigSigner(SDKAPPID, AppSecret.of("not-the-real-key"), Vectors.clockAt(TIME));
        assertFailure(Failure.SIGNATURE_MISMATCH, verifyAt(INSIDE, forger.sign(IDENTIFIER, Duration.ofSeconds(EXPIRE))));
    }

    @Test
    void tamperedTime() {
        // One second later, still inside the window, so only the HMAC can notice.
        assertFailure(Failure.SIGNATURE_MISMATCH, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.time", TIME + 1))));
    }

    @Test
    void tamperedValidity() {
        // Someone stretching a token's life: the clock is past the real expiry but inside the forged one.
        ObjectNode stretched = vectorPayload().put("TLS.expire", EXPIRE * 2);
        assertFailure(Failure.SIGNATURE_MISMATCH, verifyAt(TIME + EXPIRE + 10, wrap(stretched)));
    }

    @Test
    void addedOrTamperedUserBuf() {
        assertFailure(Failure.SIGNATURE_MISMATCH, verifyAt(INSIDE, wrap(vectorPayload().put("TLS.userbuf", "BQ=="))));
        UserSigSigner signer = new UserSigSigner(SDKAPPID, Vectors.secret(), Vectors.clockAt(TIME));
        ObjectNode withBuf = (ObjectNode) Vectors.decode(signer.sign(IDENTIFIER, Duration.ofSeconds(EXPIRE), Vectors.USERBUF));
        assertFailure(Failure.SIGNATURE_MISMATCH, verifyAt(INSIDE, wrap(withBuf.put("TLS.userbuf", "Bg=="))));
    }

    // --- what must be accepted ------------------------------------------------------------------

    @Test
    void acceptsAnyKeyOrderAndWhitespace() {
        String json = "{\n  \"TLS.sig\" : \"" + Vectors.SIG + "\",\n  \"TLS.time\" : 1700000000,\n"
                + "  \"TLS.identifier\" : \"xiaojun\",\t\"TLS.expire\":15552000 ,\r\n"
                + "  \"TLS.ver\" : \"2.0\", \"TLS.sdkappid\" : 1400000000\n}\n";
        assertValid(verifyAt(INSIDE, Vectors.wrap(json)));
    }

    @Test
    void acceptsTokensWithUserBuf() {
        UserSigSigner signer = new UserSigSigner(SDKAPPID, Vectors.secret(), Vectors.clockAt(TIME));
        assertValid(verifyAt(INSIDE, signer.sign(IDENTIFIER, Duration.ofSeconds(EXPIRE), Vectors.USERBUF)));
    }

    // --- the order of the checks ----------------------------------------------------------------

    @Test
    void checksRunInTheDocumentedOrder() {
        long afterExpiry = TIME + EXPIRE + 1;
        UserSigVerifier otherApp = new UserSigVerifier(SDKAPPID + 1, Vectors.secret(), Vectors.clockAt(afterExpiry));
        assertFailure(Failure.SDKAPPID_MISMATCH, otherApp.verify(Vectors.USERSIG, "someone-else"));
        assertFailure(Failure.IDENTIFIER_MISMATCH, Vectors.verifierAt(afterExpiry).verify(Vectors.USERSIG, "someone-else"));
        UserSigVerifier wrongKey = new UserSigVerifier(SDKAPPID, AppSecret.of("another-key"), Vectors.clockAt(afterExpiry));
        assertFailure(Failure.EXPIRED, wrongKey.verify(Vectors.USERSIG, IDENTIFIER));
    }

    @Test
    void nullExpectedIdentifierIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Vectors.verifierAt(INSIDE).verify(Vectors.USERSIG, null));
    }

    @Test
    void claimsExpiryArithmetic() {
        assertEquals(TIME + EXPIRE, VECTOR_CLAIMS.expiresAtEpochSecond());
        UserSigClaims forever = new UserSigClaims(SDKAPPID, IDENTIFIER, Long.MAX_VALUE - 1, 10);
        assertEquals(Long.MAX_VALUE, forever.expiresAtEpochSecond());
        UserSigClaims past = new UserSigClaims(SDKAPPID, IDENTIFIER, Long.MIN_VALUE + 1, -10);
        assertEquals(Long.MIN_VALUE, past.expiresAtEpochSecond());
    }
}
