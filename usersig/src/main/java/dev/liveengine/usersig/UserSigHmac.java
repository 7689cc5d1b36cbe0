package dev.liveengine.usersig;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature part of TLSSigAPIv2, shared by the signer and the verifier so that the text they MAC
 * can never drift apart. Also the one home of the JSON field names, which are the same names that
 * label the lines of the signed text.
 */
final class UserSigHmac {

    static final String VERSION = "2.0";

    static final String FIELD_VERSION = "TLS.ver";
    static final String FIELD_IDENTIFIER = "TLS.identifier";
    static final String FIELD_SDKAPPID = "TLS.sdkappid";
    static final String FIELD_EXPIRE = "TLS.expire";
    static final String FIELD_TIME = "TLS.time";
    static final String FIELD_USERBUF = "TLS.userbuf";
    static final String FIELD_SIG = "TLS.sig";

    private static final String ALGORITHM = "HmacSHA256";

    private UserSigHmac() {
    }

    /**
     * The text that gets signed: one {@code name:value} line per field, each ending in a newline, in
     * the fixed order the vendor defines. Note that time comes before expire here, while the JSON puts
     * expire first; only this order matters for the HMAC.
     *
     * @param userBufBase64 the Base64 text of the user buffer exactly as it appears in the token,
     *                      or null when the token has none
     */
    static String stringToSign(UserSigClaims claims, String userBufBase64) {
        StringBuilder text = new StringBuilder(128)
                .append(FIELD_IDENTIFIER).append(':').append(claims.identifier()).append('\n')
                .append(FIELD_SDKAPPID).append(':').append(claims.sdkAppId()).append('\n')
                .append(FIELD_TIME).append(':').append(claims.issuedAtEpochSecond()).append('\n')
                .append(FIELD_EXPIRE).append(':').append(claims.validitySeconds()).append('\n');
        if (userBufBase64 != null) {
            text.append(FIELD_USERBUF).append(':').append(userBufBase64).append('\n');
        }
        return text.toString();
    }

    /** The raw HMAC-SHA256 of {@link #stringToSign}, keyed with the application's secret key. */
    static byte[] compute(AppSecret secret, UserSigClaims claims, String userBufBase64) {
        try {
            // Mac instances are not thread-safe, and creating one is cheap next to the zlib work around it.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.keyBytes(), ALGORITHM));
            return mac.doFinal(stringToSign(claims, userBufBase64).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime must ship HmacSHA256, and a non-empty key is always acceptable to it.
            throw new IllegalStateException("HmacSHA256 is unavailable in this Java runtime", e);
        }
    }
}
