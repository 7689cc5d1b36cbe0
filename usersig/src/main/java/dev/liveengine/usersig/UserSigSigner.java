package dev.liveengine.usersig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * Issues UserSig tokens for one application, as the vendor's TLSSigAPIv2 libraries do.
 *
 * <p>The issue time comes from the given {@link Clock}, so tests can pin it. Instances are immutable
 * and safe to share between threads.
 */
public final class UserSigSigner {

    /** Writes compact JSON and keeps an ObjectNode's insertion order, which fixes the field order. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long sdkAppId;
    private final AppSecret secret;
    private final Clock clock;

    /**
     * @param sdkAppId the application's SDKAppID; must be positive
     * @param secret   the application's secret key
     * @param clock    the source of the issue time
     */
    public UserSigSigner(long sdkAppId, AppSecret secret, Clock clock) {
        if (sdkAppId <= 0) {
            throw new IllegalArgumentException("sdkAppId must be positive, was " + sdkAppId);
        }
        this.sdkAppId = sdkAppId;
        this.secret = Objects.requireNonNull(secret, "secret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Issues a token for {@code identifier}, valid from now for {@code validity}.
     *
     * @param identifier the user ID; must not be null or empty
     * @param validity   how long the token stays valid; a positive whole number of seconds
     * @throws IllegalArgumentException if an argument is out of range
     */
    public String sign(String identifier, Duration validity) {
        return issue(identifier, validity, null);
    }

    /**
     * Issues a token that also carries an opaque user buffer (used, for example, by room privilege maps).
     *
     * @param userBuf the bytes to embed; must not be null or empty (use the two-argument form instead)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public String sign(String identifier, Duration validity, byte[] userBuf) {
        // An empty buffer is refused because the vendor's libraries disagree on whether it yields a
        // TLS.userbuf field at all; a token that some verifiers reject is worse than an early error.
        if (userBuf == null || userBuf.length == 0) {
            throw new IllegalArgumentException("userBuf must not be null or empty");
        }
        return issue(identifier, validity, userBuf);
    }

    /** The SDKAppID every token from this signer carries. */
    public long sdkAppId() {
        return sdkAppId;
    }

    private String issue(String identifier, Duration validity, byte[] userBuf) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("identifier must not be null or empty");
        }
        long validitySeconds = wholePositiveSeconds(validity);
        long now = clock.instant().getEpochSecond();
        UserSigClaims claims = new UserSigClaims(sdkAppId, identifier, now, validitySeconds);
        String userBufBase64 = userBuf == null ? null : Base64.getEncoder().encodeToString(userBuf);
        byte[] mac = UserSigHmac.compute(secret, claims, userBufBase64);

        // The vendor's documentation lists the fields in this order; verifiers must not care, but a
        // fixed order makes our tokens reproducible byte for byte.
        ObjectNode payload = JSON.createObjectNode()
                .put(UserSigHmac.FIELD_VERSION, UserSigHmac.VERSION)
                .put(UserSigHmac.FIELD_IDENTIFIER, identifier)
                .put(UserSigHmac.FIELD_SDKAPPID, sdkAppId)
                .put(UserSigHmac.FIELD_EXPIRE, validitySeconds)
                .put(UserSigHmac.FIELD_TIME, now);
        if (userBufBase64 != null) {
            payload.put(UserSigHmac.FIELD_USERBUF, userBufBase64);
        }
        payload.put(UserSigHmac.FIELD_SIG, Base64.getEncoder().encodeToString(mac));
        try {
            return UserSigCodec.encode(JSON.writeValueAsBytes(payload));
        } catch (JsonProcessingException e) {
            // Serialising a tree of strings and longs cannot fail; the cause is kept out of the message
            // on purpose because it could quote the payload.
            throw new IllegalStateException("could not serialise the UserSig payload");
        }
    }

    private static long wholePositiveSeconds(Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive");
        }
        // TLS.expire is a count of seconds; silently dropping a fraction would shorten the token's life.
        if (validity.getNano() != 0) {
            throw new IllegalArgumentException("validity must be a whole number of seconds");
        }
        return validity.getSeconds();
    }

    @Override
    public String toString() {
        return "UserSigSigner[sdkAppId=" + sdkAppId + "]";
    }
}
