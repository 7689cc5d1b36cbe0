package dev.liveengine.client.error;

/**
 * No usable reply arrived: the connection failed or timed out, the answer was not HTTP 200, or its
 * body was not the documented JSON. Whether the request was carried out is unknown unless
 * {@link #requestWasSent()} is false.
 */
public class LiveEngineTransportException extends LiveEngineException {

    private final boolean requestWasSent;

    public LiveEngineTransportException(String operation, String message, boolean requestWasSent, Throwable cause) {
        super(operation, operation + ": " + message, cause);
        this.requestWasSent = requestWasSent;
    }

    /** False only when the connection could not be made, so the service never saw the request. */
    public boolean requestWasSent() {
        return requestWasSent;
    }
}
