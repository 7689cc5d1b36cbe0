package dev.liveengine.usersig;

import java.util.Objects;

/** The outcome of {@link UserSigVerifier#verify(String, String)}: either valid claims or a reason for refusal. */
public sealed interface Verification {

    /** The token is authentic, belongs to the expected application and user, and has not expired. */
    record Valid(UserSigClaims claims) implements Verification {
        public Valid {
            Objects.requireNonNull(claims, "claims");
        }
    }

    /**
     * The token was refused.
     *
     * @param failure which check refused it
     * @param detail  a short sentence fit for an error reply; it never contains the secret key,
     *                the token, or the signature the token should have carried
     */
    record Invalid(Failure failure, String detail) implements Verification {
        public Invalid {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a token was refused, in the order the checks run. */
    enum Failure {
        /** No token at all: null or the empty string. */
        EMPTY,
        /** Not decodable: bad alphabet, bad Base64, bad zlib, bad JSON, a missing or mistyped field, or a TLS.ver other than 2.0. */
        MALFORMED,
        /** Issued for another application. */
        SDKAPPID_MISMATCH,
        /** Issued to another user. */
        IDENTIFIER_MISMATCH,
        /** Its validity window is over. */
        EXPIRED,
        /** The HMAC does not match: forged, tampered with, or signed with another key. */
        SIGNATURE_MISMATCH
    }
}
