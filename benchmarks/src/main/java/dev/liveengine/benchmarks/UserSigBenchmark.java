package dev.liveengine.benchmarks;

import dev.liveengine.client.auth.CachingUserSigSource;
import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigSigner;
import dev.liveengine.usersig.UserSigVerifier;
import dev.liveengine.usersig.Verification;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 3, second half: what signing a UserSig costs, what verifying one costs the emulator, and
 * what the client pays per request for its cached UserSig.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UserSigBenchmark {

    private static final long SDKAPPID = 1400000000L;
    private final AppSecret secret = AppSecret.of("benchmark-key");
    private UserSigSigner signer;
    private UserSigVerifier verifier;
    private CachingUserSigSource cached;
    private String userSig;

    @Setup
    public void setUp() {
        signer = new UserSigSigner(SDKAPPID, secret, Clock.systemUTC());
        verifier = new UserSigVerifier(SDKAPPID, secret, Clock.systemUTC());
        cached = new CachingUserSigSource(signer, "administrator", Duration.ofDays(1), Clock.systemUTC());
        userSig = signer.sign("administrator", Duration.ofDays(1));
    }

    @Benchmark
    public String sign() {
        return signer.sign("administrator", Duration.ofDays(1));
    }

    @Benchmark
    public Verification verify() {
        return verifier.verify(userSig, "administrator");
    }

    @Benchmark
    public String cachedPerRequest() {
        return cached.current();
    }
}
