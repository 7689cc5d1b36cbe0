package dev.liveengine.client.error;

/** A documented rate limit was exceeded; the request was not carried out and may be sent again later. */
public class RateLimitedException extends LiveEngineServiceException {

    public RateLimitedException(String operation, int errorCode, String errorInfo, String requestId) {
        super(operation, errorCode, errorInfo, requestId);
    }
}
