package dev.liveengine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.liveengine.client.auth.CachingUserSigSource;
import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Signing happens once per UserSig lifetime, and the UserSig is replaced well before it expires. */
class CachingUserSigSourceTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final CachingUserSigSource source = new CachingUserSigSource(
            new UserSigSigner(TestClients.SDKAPPID, AppSecret.of(TestClients.KEY), clock),
            TestClients.ADMIN, Duration.ofHours(10), clock);

    @Test
    void reusesTheUserSigForMostOfItsLife() {
        String first = source.current();
        clock.now = clock.now.plus(Duration.ofHours(7)).plusSeconds(59 * 60);
        assertEquals(first, source.current());
    }

    @Test
    void renewsAtEightyPercentOfTheValidity() {
        String first = source.current();
        clock.now = clock.now.plus(Duration.ofHours(8));
        String second = source.current();
        assertNotEquals(first, second);
        assertEquals(second, source.current());
    }

    @Test
    void describesItselfWithoutTheUserSig() {
        assertFalse(source.toString().contains(source.current()));
    }
}
