package dev.liveengine.emulator;

/**
 * A request the emulator refuses, as the service would: it becomes an HTTP 200 reply with
 * {@code ActionStatus: FAIL} and this code and text. Carries no stack trace, since it is an
 * answer, not a fault.
 */
public final class ServiceException extends RuntimeException {

    private final int errorCode;

    public ServiceException(int errorCode, String errorInfo) {
        super(errorInfo, null, false, false);
        this.errorCode = errorCode;
    }

    public int errorCode() {
        return errorCode;
    }

    public String errorInfo() {
        return getMessage();
    }
}
