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

    public LiveEngineServiceException(String command, int errorCode, String errorInfo, String requestId) {
        super(command, command + " failed with " + errorCode + ": " + errorInfo + " (RequestId " + requestId + ")", null);
        this.errorCode = errorCode;
        this.errorInfo = errorInfo;
        this.requestId = requestId;
        this.category = ErrorCatalog.categoryOf(errorCode);
    }

    /** The matching exception type for a FAIL reply. */
    public static LiveEngineServiceException of(String command, int errorCode, String errorInfo, String requestId) {
        return switch (ErrorCatalog.categoryOf(errorCode)) {
            case AUTHENTICATION -> new AuthenticationException(command, errorCode, errorInfo, requestId);
            case PERMISSION -> new PermissionDeniedException(command, errorCode, errorInfo, requestId);
            case RATE_LIMITED -> new RateLimitedException(command, errorCode, errorInfo, requestId);
            case NOT_FOUND -> new NotFoundException(command, errorCode, errorInfo, requestId);
            case INVALID_REQUEST -> new InvalidParameterException(command, errorCode, errorInfo, requestId);
            case SERVER_ERROR -> new ServerErrorException(command, errorCode, errorInfo, requestId);
            default -> new LiveEngineServiceException(command, errorCode, errorInfo, requestId);
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
