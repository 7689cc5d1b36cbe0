package dev.liveengine.emulator.auth;

import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.usersig.UserSigClaims;
import dev.liveengine.usersig.UserSigVerifier;
import dev.liveengine.usersig.Verification;
import java.time.Clock;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the credential query parameters as the service does: the SDKAppID, then the UserSig
 * (decoded, signature, identifier, SDKAppID and expiry), then that the identifier is an App
 * administrator. A UserSig that verified once is remembered, since clients reuse one for hours;
 * its expiry is still checked on every call.
 */
public final class Authenticator {

    private static final int CACHE_LIMIT = 4096;

    private final long sdkAppId;
    private final Set<String> admins;
    private final UserSigVerifier verifier;
    private final Clock clock;
    private final Map<String, UserSigClaims> verified = new ConcurrentHashMap<>();

    public Authenticator(long sdkAppId, Set<String> admins, UserSigVerifier verifier, Clock clock) {
        this.sdkAppId = sdkAppId;
        this.admins = Set.copyOf(admins);
        this.verifier = verifier;
        this.clock = clock;
    }

    /** Checks the credentials and returns the administrator the request acts as. */
    public String authenticate(Map<String, Deque<String>> query) {
        checkSdkAppId(first(query, "sdkappid"));
        String identifier = first(query, "identifier");
        if (identifier == null || identifier.isEmpty()) {
            throw new ServiceException(ErrorCodes.HTTP_REQUEST_MALFORMED, "query parameter identifier is missing");
        }
        String userSig = first(query, "usersig");
        if (userSig == null || userSig.isEmpty()) {
            throw new ServiceException(ErrorCodes.USERSIG_EMPTY, "usersig is empty");
        }
        UserSigClaims claims = verified.get(userSig);
        if (claims == null || !claims.identifier().equals(identifier)) {
            claims = verify(userSig, identifier);
        } else if (claims.isExpiredAt(clock.instant())) {
            throw new ServiceException(ErrorCodes.USERSIG_EXPIRED, "usersig has expired");
        }
        if (!admins.contains(claims.identifier())) {
            throw new ServiceException(ErrorCodes.IDENTIFIER_NOT_ADMIN, identifier + " is not an App administrator");
        }
        return claims.identifier();
    }

    private void checkSdkAppId(String value) {
        if (value == null || value.isEmpty()) {
            throw new ServiceException(ErrorCodes.SDKAPPID_MISSING, "query parameter sdkappid is missing");
        }
        long requested;
        try {
            requested = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ServiceException(ErrorCodes.SDKAPPID_INVALID, "sdkappid must be a positive integer");
        }
        if (requested <= 0) {
            throw new ServiceException(ErrorCodes.SDKAPPID_INVALID, "sdkappid must be a positive integer");
        }
        if (requested != sdkAppId) {
            throw new ServiceException(ErrorCodes.SDKAPPID_NOT_FOUND, "sdkappid " + requested + " is not known here");
        }
    }

    private UserSigClaims verify(String userSig, String identifier) {
        Verification result = verifier.verify(userSig, identifier);
        if (result instanceof Verification.Invalid invalid) {
            throw new ServiceException(errorCodeOf(invalid.failure()), "usersig rejected: " + invalid.detail());
        }
        UserSigClaims claims = ((Verification.Valid) result).claims();
        if (verified.size() >= CACHE_LIMIT) {
            verified.clear();
        }
        verified.put(userSig, claims);
        return claims;
    }

    private static int errorCodeOf(Verification.Failure failure) {
        return switch (failure) {
            case EMPTY -> ErrorCodes.USERSIG_EMPTY;
            case MALFORMED -> ErrorCodes.USERSIG_MALFORMED;
            case SDKAPPID_MISMATCH -> ErrorCodes.USERSIG_SDKAPPID_MISMATCH;
            case IDENTIFIER_MISMATCH -> ErrorCodes.USERSIG_IDENTIFIER_MISMATCH;
            case EXPIRED -> ErrorCodes.USERSIG_EXPIRED;
            case SIGNATURE_MISMATCH -> ErrorCodes.USERSIG_SIGNATURE_CHECK_FAILED;
        };
    }

    private static String first(Map<String, Deque<String>> query, String name) {
        Deque<String> values = query.get(name);
        return values == null ? null : values.peekFirst();
    }
}
