package dev.liveengine.usersig;

import java.time.Instant;
import java.util.Objects;

/**
 * What a UserSig asserts: who it was issued to, for which application, when, and for how long.
 *
 * <p>It holds nothing secret, so the record's generated {@code toString()} is safe to log.
 *
 * @param sdkAppId            the application the token belongs to ({@code TLS.sdkappid})
 * @param identifier          the user the token was issued to ({@code TLS.identifier})
 * @param issuedAtEpochSecond when it was issued, in Unix seconds ({@code TLS.time})
 * @param validitySeconds     how long it stays valid after that, in seconds ({@code TLS.expire})
 */
public record UserSigClaims(long sdkAppId, String identifier, long issuedAtEpochSecond, long validitySeconds) {

    public UserSigClaims {
        Objects.requireNonNull(identifier, "identifier");
    }

    /**
     * The last Unix second at which the token is still valid. A decoded token may carry any numbers,
     * so the sum saturates instead of wrapping round into the past or the future.
     */
    public long expiresAtEpochSecond() {
        try {
            return Math.addExact(issuedAtEpochSecond, validitySeconds);
        } catch (ArithmeticException overflow) {
            return validitySeconds > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    /**
     * Whether the token has expired at {@code now}. The service counts in whole seconds, so the token
     * is still valid during the whole second {@code issuedAt + validity} and expired from the next one.
     */
    public boolean isExpiredAt(Instant now) {
        return now.getEpochSecond() > expiresAtEpochSecond();
    }
}
