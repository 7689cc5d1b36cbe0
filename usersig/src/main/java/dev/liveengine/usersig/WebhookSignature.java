package dev.liveengine.usersig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The {@code Sign} query parameter of an authenticated webhook: the lowercase hex SHA-256 of the
 * token followed by the {@code RequestTime} in decimal, with nothing between them (a plain digest,
 * not an HMAC, as the service computes it). The emulator signs its deliveries with it and the
 * client's receiver helper checks them, so both sides compute it in this one place.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /** The {@code Sign} for a delivery made at {@code requestTime} (Unix seconds). */
    public static String sign(WebhookToken token, long requestTime) {
        return HexFormat.of().formatHex(digest(token, requestTime));
    }

    /**
     * Whether {@code sign} is the one for {@code requestTime}. The comparison takes the same time
     * wherever the first difference is, so that a receiver does not tell an attacker how much of a
     * forged value was right.
     */
    public static boolean matches(WebhookToken token, long requestTime, String sign) {
        if (sign == null) {
            return false;
        }
        byte[] given = sign.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = sign(token, requestTime).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private static byte[] digest(WebhookToken token, long requestTime) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(token.bytes());
            sha256.update(Long.toString(requestTime).getBytes(StandardCharsets.US_ASCII));
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
