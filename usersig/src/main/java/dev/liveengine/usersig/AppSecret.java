package dev.liveengine.usersig;

import java.nio.charset.StandardCharsets;

/**
 * The secret key of a Live Engine application, the one the console shows next to the SDKAppID.
 *
 * <p>The key exists as its own type so that it cannot be mixed up with an ordinary string and so that
 * it never ends up in a log line by accident: {@link #toString()} is redacted. Equality is
 * deliberately left as identity; comparing secrets is not something callers should need.
 */
public final class AppSecret {

    /** The key's UTF-8 bytes. TLSSigAPIv2 keys the HMAC with the text itself, not a hex decoding. */
    private final byte[] keyBytes;

    private AppSecret(byte[] keyBytes) {
        this.keyBytes = keyBytes;
    }

    /**
     * Wraps a secret key.
     *
     * @param key the key exactly as the console shows it
     * @throws IllegalArgumentException if the key is null or blank (the message never repeats the key)
     */
    public static AppSecret of(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the application secret key must not be null or blank");
        }
        return new AppSecret(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh copy of the key bytes, so that no caller can change the key held here. */
    byte[] keyBytes() {
        return keyBytes.clone();
    }

    @Override
    public String toString() {
        return "AppSecret[redacted]";
    }
}
