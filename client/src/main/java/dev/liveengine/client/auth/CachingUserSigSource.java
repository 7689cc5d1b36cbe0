package dev.liveengine.client.auth;

import dev.liveengine.usersig.UserSigSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs a UserSig with the app's key and reuses it for most of its life, so that signing stays off
 * the request path. A new one is signed once 80% of the validity has passed, long before the
 * service would reject the old one as expired (70001).
 */
public final class CachingUserSigSource implements UserSigSource {

    private final UserSigSigner signer;
    private final String identifier;
    private final Duration validity;
    private final Clock clock;
    private volatile Issued issued;

    private record Issued(String userSig, Instant renewAt) {
    }

    public CachingUserSigSource(UserSigSigner signer, String identifier, Duration validity, Clock clock) {
        if (validity.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("UserSig validity must be at least one minute");
        }
        this.signer = signer;
        this.identifier = identifier;
        this.validity = validity;
        this.clock = clock;
    }

    @Override
    public String current() {
        Issued current = issued;
        if (current == null || !clock.instant().isBefore(current.renewAt())) {
            current = renew();
        }
        return current.userSig();
    }

    private synchronized Issued renew() {
        Instant now = clock.instant();
        if (issued == null || !now.isBefore(issued.renewAt())) {
            issued = new Issued(signer.sign(identifier, validity), now.plus(validity.multipliedBy(4).dividedBy(5)));
        }
        return issued;
    }

    @Override
    public String toString() {
        return "CachingUserSigSource[identifier=" + identifier + ", validity=" + validity + "]";
    }
}
