package dev.liveengine.benchmarks;

import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigSigner;
import java.time.Clock;
import java.time.Duration;

/**
 * Prints a UserSig for the emulator's default app and administrator, which the load scripts hand to
 * wrk. It is signed with the public development key only, which protects nothing but a local emulator.
 */
public final class SignUserSig {

    private SignUserSig() {
    }

    public static void main(String[] args) {
        System.out.print(new UserSigSigner(EmulatorSettings.DEFAULT_SDKAPPID,
                AppSecret.of(EmulatorSettings.DEVELOPMENT_SECRET_KEY), Clock.systemUTC())
                .sign(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(6)));
    }
}
