package dev.liveengine.client;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Client settings shared by the tests: a known key, a fixed clock and a sleeper that only records. */
final class TestClients {

    static final long SDKAPPID = 1400000000L;
    static final String ADMIN = "administrator";
    static final String KEY = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

    /** Records the waits a client asks for instead of waiting. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new ArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    private TestClients() {
    }

    static LiveEngineClient.Builder against(String baseUrl, Clock clock, Sleeper sleeper) {
        return LiveEngineClient.builder()
                .sdkAppId(SDKAPPID)
                .adminIdentifier(ADMIN)
                .secretKey(KEY)
                .baseUrl(baseUrl)
                .clock(clock)
                .sleeper(sleeper);
    }
}
