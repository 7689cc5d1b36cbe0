package dev.liveengine.client.error;

/**
 * The service answered {@code ActionStatus: FAIL}. Subclasses name the categories a caller usually
 * acts on; codes of other categories arrive as this class itself.
 */
public class LiveEngineServiceException extends LiveEngineException {

    private final int errorCode;
    private final String errorInfo;
    private final String requestId;
    private final ErrorCategory category;

    public LiveEngineServiceException(String operation, int errorCode, String errorInfo, String requestId) {
        super(operation, operation + " failed with " + errorCode + ": " + errorInfo + " (RequestId " + requestId + ")", null);
        this.errorCode = errorCode;
        this.errorInfo = errorInfo;
        this.requestId = requestId;
        this.category = ErrorCatalog.categoryOf(errorCode);
    }

    /** The matching exception type for a FAIL reply. */
    public static LiveEngineServiceException of(String operation, int errorCode, String errorInfo, String requestId) {
        return switch (ErrorCatalog.categoryOf(errorCode)) {
            case AUTHENTICATION -> new AuthenticationException(operation, errorCode, errorInfo, requestId);
            case PERMISSION -> new PermissionDeniedException(operation, errorCode, errorInfo, requestId);
            case RATE_LIMITED -> new RateLimitedException(operation, errorCode, errorInfo, requestId);
            case NOT_FOUND -> new NotFoundException(operation, errorCode, errorInfo, requestId);
            case INVALID_REQUEST -> new InvalidParameterException(operation, errorCode, errorInfo, requestId);
            case SERVER_ERROR -> new ServerErrorException(operation, errorCode, errorInfo, requestId);
            default -> new LiveEngineServiceException(operation, errorCode, errorInfo, requestId);
        };
    }

    public int errorCode() {
        return errorCode;
    }

    public String errorInfo() {
        return errorInfo;
    }

    public String requestId() {
        return requestId;
    }

    public ErrorCategory category() {
        return category;
    }
}
