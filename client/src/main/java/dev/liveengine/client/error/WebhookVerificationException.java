package dev.liveengine.client.error;

/**
 * A webhook request that must not be trusted or cannot be read: answer it with an HTTP error and
 * do not act on it. The message says what was wrong without quoting the {@code Sign}, the token
 * or the body.
 */
public class WebhookVerificationException extends LiveEngineException {

    /** What was wrong with the request. */
    public enum Reason {
        /** {@code Sign} or {@code RequestTime} is missing while the receiver has a token. */
        UNSIGNED,
        /** {@code Sign} is not the one the token gives for {@code RequestTime}. */
        BAD_SIGNATURE,
        /** {@code RequestTime} is further from now than the tolerance (replay protection). */
        STALE,
        /** {@code SdkAppid} is missing or another app's. */
        WRONG_APP,
        /** The {@code CallbackCommand} is missing or not one the spec describes. */
        UNKNOWN_COMMAND,
        /** The body is not the event the {@code CallbackCommand} says. */
        MALFORMED_BODY
    }

    private final Reason reason;

    public WebhookVerificationException(String callbackCommand, Reason reason, String message, Throwable cause) {
        super(callbackCommand, message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
