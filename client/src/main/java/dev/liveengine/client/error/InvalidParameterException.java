package dev.liveengine.client.error;

/** The request itself is wrong: a missing or malformed field, parameter or body. */
public class InvalidParameterException extends LiveEngineServiceException {

    public InvalidParameterException(String operation, int errorCode, String errorInfo, String requestId) {
        super(operation, errorCode, errorInfo, requestId);
    }
}
