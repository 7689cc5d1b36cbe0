package dev.liveengine.client.error;

/** The caller may not do this, for example because the identifier is not an App administrator. */
public class PermissionDeniedException extends LiveEngineServiceException {

    public PermissionDeniedException(String operation, int errorCode, String errorInfo, String requestId) {
        super(operation, errorCode, errorInfo, requestId);
    }
}
