package dev.liveengine.client.error;

import java.util.Locale;

/**
 * The categories of the spec's error-code table ({@code x-error-codes} on the {@code ErrorCode}
 * schema). Each decides which exception type a FAIL reply becomes and whether it may be retried.
 */
public enum ErrorCategory {
    INVALID_REQUEST(false),
    AUTHENTICATION(false),
    PERMISSION(false),
    RATE_LIMITED(true),
    NOT_FOUND(false),
    SERVER_ERROR(true),
    CONFLICT(false),
    QUOTA_EXCEEDED(false),
    BILLING(false),
    PRECONDITION_FAILED(false),
    /** A code the spec does not list (yet). */
    UNKNOWN(false);

    private final boolean transientFailure;

    ErrorCategory(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** True when the same request may succeed if sent again a little later. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** The category named in the spec, such as {@code rate_limited}. */
    public static ErrorCategory fromSpecName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
