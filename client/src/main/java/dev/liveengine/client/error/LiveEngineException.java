package dev.liveengine.client.error;

/**
 * Root of every exception the client throws. Messages never contain the app's secret key or a
 * UserSig: the request URL, which carries the UserSig, is never quoted.
 */
public abstract class LiveEngineException extends RuntimeException {

    private final String command;

    protected LiveEngineException(String command, String message, Throwable cause) {
        super(message, cause);
        this.command = command;
    }

    /** The command that failed, such as {@code live_engine_http_srv/send_gift}. */
    public String command() {
        return command;
    }
}
