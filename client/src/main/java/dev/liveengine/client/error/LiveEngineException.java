package dev.liveengine.client.error;

/**
 * Root of every exception the client throws. Messages never contain the app's secret key or a
 * UserSig: the request URL, which carries the UserSig, is never quoted.
 */
public abstract class LiveEngineException extends RuntimeException {

    private final String operation;

    protected LiveEngineException(String operation, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    /**
     * The operation that failed, as the service names it ({@code <servicename>/<command>}), such as
     * {@code live_engine_http_srv/send_gift}.
     */
    public String operation() {
        return operation;
    }
}
