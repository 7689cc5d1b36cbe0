package dev.liveengine.emulator;

import dev.liveengine.server.model.BaseResponse;

/**
 * A request the emulator refuses, as the service would: it becomes an HTTP 200 reply with
 * {@code ActionStatus: FAIL} and this code and text. Carries no stack trace, since it is an
 * answer, not a fault.
 */
public final class ServiceException extends RuntimeException {

    private final int errorCode;
    private final transient BaseResponse reply;

    public ServiceException(int errorCode, String errorInfo) {
        this(errorCode, errorInfo, new BaseResponse());
    }

    /**
     * A refusal whose reply carries fields of its own besides the envelope, for the few commands
     * documented to say more when they fail (such as the gift IDs that could not be placed).
     */
    public ServiceException(int errorCode, String errorInfo, BaseResponse reply) {
        super(errorInfo, null, false, false);
        this.errorCode = errorCode;
        this.reply = reply;
    }

    /** The reply to send, its envelope fields still to be filled in. */
    public BaseResponse reply() {
        return reply;
    }

    public int errorCode() {
        return errorCode;
    }

    public String errorInfo() {
        return getMessage();
    }
}
