package dev.liveengine.usersig;

import java.nio.charset.StandardCharsets;

/**
 * The token an application sets with {@code set_callback_token} to authenticate the service's
 * webhooks. A type of its own for the same reason as {@link AppSecret}: it cannot be mixed up with an
 * ordinary string, and {@link #toString()} never shows it.
 */
public final class WebhookToken {

    private final byte[] bytes;

    private WebhookToken(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Wraps a token; the message of the exception never repeats it. */
    public static WebhookToken of(String token) {
        if (token == null || token.isEmpty()) {
            throw new IllegalArgumentException("the webhook token must not be null or empty");
        }
        return new WebhookToken(token.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The token as text, for the one answer that must carry it ({@code get_callback_token}). Named
     * so that a use of it stands out in a review.
     */
    public String reveal() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "WebhookToken[redacted]";
    }
}
