package dev.liveengine.usersig;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.liveengine.usersig.UserSigCodec.MalformedException;
import dev.liveengine.usersig.Verification.Failure;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;

/**
 * Checks UserSig tokens for one application the way the real service does, for the server emulator.
 *
 * <p>Tokens from any issuer are accepted: the JSON is parsed, never compared as bytes, because the
 * vendor's own Java library writes its keys in hash order. Instances are immutable and thread-safe.
 */
public final class UserSigVerifier {

    /**
     * Duplicate keys and trailing content are refused: a token that different parsers would read
     * differently must not pass here and fail elsewhere, or the other way round.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final long sdkAppId;
    private final AppSecret secret;
    private final Clock clock;

    /**
     * @param sdkAppId the SDKAppID tokens must carry; must be positive
     * @param secret   the application's secret key
     * @param clock    the source of "now" for the expiry check
     */
    public UserSigVerifier(long sdkAppId, AppSecret secret, Clock clock) {
        if (sdkAppId <= 0) {
            throw new IllegalArgumentException("sdkAppId must be positive, was " + sdkAppId);
        }
        this.sdkAppId = sdkAppId;
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Verifies a token presented on behalf of {@code expectedIdentifier}.
     *
     * <p>The checks run in a fixed order and the first failure wins: decodable, SDKAppID, identifier,
     * expiry, then the HMAC. Never throws for any token text.
     *
     * @param userSig            the token as received; null or empty gives {@link Failure#EMPTY}
     * @param expectedIdentifier the user the caller claims to be; must not be null
     */
    public Verification verify(String userSig, String expectedIdentifier) {
        if (expectedIdentifier == null) {
            throw new IllegalArgumentException("expectedIdentifier must not be null");
        }
        if (userSig == null || userSig.isEmpty()) {
            return new Verification.Invalid(Failure.EMPTY, "UserSig is missing");
        }
        Token token;
        try {
            token = parse(UserSigCodec.decode(userSig));
        } catch (MalformedException e) {
            return new Verification.Invalid(Failure.MALFORMED, e.getMessage());
        }
        UserSigClaims claims = token.claims();
        if (claims.sdkAppId() != sdkAppId) {
            return new Verification.Invalid(Failure.SDKAPPID_MISMATCH, "UserSig was issued for another SDKAppID");
        }
        if (!claims.identifier().equals(expectedIdentifier)) {
            return new Verification.Invalid(Failure.IDENTIFIER_MISMATCH, "UserSig was issued for another identifier");
        }
        if (claims.isExpiredAt(clock.instant())) {
            return new Verification.Invalid(Failure.EXPIRED,
                    "UserSig expired at Unix time " + claims.expiresAtEpochSecond());
        }
        // Recomputed from the fields as decoded, so any edit to them shows up here.
        byte[] expected = UserSigHmac.compute(secret, claims, token.userBufBase64());
        // Constant-time comparison: a timing side channel must not reveal how many bytes were right.
        if (!MessageDigest.isEqual(expected, token.signature())) {
            return new Verification.Invalid(Failure.SIGNATURE_MISMATCH, "UserSig signature does not match");
        }
        return new Verification.Valid(claims);
    }

    @Override
    public String toString() {
        return "UserSigVerifier[sdkAppId=" + sdkAppId + "]";
    }

    /** The decoded content of a token, before any of it has been trusted. */
    private record Token(UserSigClaims claims, String userBufBase64, byte[] signature) {
    }

    private static Token parse(byte[] payload) throws MalformedException {
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (IOException e) {
            // Parser messages quote the input, so they stay out of the reply.
            throw new MalformedException("UserSig payload is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedException("UserSig payload is not a JSON object");
        }
        if (!UserSigHmac.VERSION.equals(text(root, UserSigHmac.FIELD_VERSION))) {
            throw new MalformedException("UserSig has an unsupported " + UserSigHmac.FIELD_VERSION);
        }
        UserSigClaims claims = new UserSigClaims(
                integer(root, UserSigHmac.FIELD_SDKAPPID),
                text(root, UserSigHmac.FIELD_IDENTIFIER),
                integer(root, UserSigHmac.FIELD_TIME),
                integer(root, UserSigHmac.FIELD_EXPIRE));
        String userBufBase64 = null;
        if (root.has(UserSigHmac.FIELD_USERBUF)) {
            userBufBase64 = text(root, UserSigHmac.FIELD_USERBUF);
            // The buffer is signed as text, but it must be real Base64: that alphabet has no newline,
            // so a buffer can never pose as extra lines of the signed text.
            base64(userBufBase64, UserSigHmac.FIELD_USERBUF);
        }
        byte[] signature = base64(text(root, UserSigHmac.FIELD_SIG), UserSigHmac.FIELD_SIG);
        return new Token(claims, userBufBase64, signature);
    }

    private static String text(JsonNode root, String field) throws MalformedException {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new MalformedException("UserSig field " + field + " is missing or not a string");
        }
        return node.textValue();
    }

    private static long integer(JsonNode root, String field) throws MalformedException {
        JsonNode node = root.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new MalformedException("UserSig field " + field + " is missing or not an integer");
        }
        return node.longValue();
    }

    private static byte[] base64(String value, String field) throws MalformedException {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedException("UserSig field " + field + " is not valid Base64");
        }
    }
}
