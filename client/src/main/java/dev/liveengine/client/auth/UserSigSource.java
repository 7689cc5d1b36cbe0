package dev.liveengine.client.auth;

/** Supplies the UserSig sent with each call; implementations must be thread-safe. */
@FunctionalInterface
public interface UserSigSource {

    /** A UserSig that is valid now for the configured administrator. */
    String current();

    /** A UserSig issued elsewhere (by the caller's own signer, for example), used as given. */
    static UserSigSource fixed(String userSig) {
        if (userSig == null || userSig.isBlank()) {
            throw new IllegalArgumentException("userSig must not be blank");
        }
        return new UserSigSource() {
            @Override
            public String current() {
                return userSig;
            }

            @Override
            public String toString() {
                return "UserSigSource[fixed, redacted]";
            }
        };
    }
}
