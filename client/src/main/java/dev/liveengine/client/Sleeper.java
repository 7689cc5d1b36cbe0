package dev.liveengine.client;

import java.time.Duration;

/** Waits between retries; replaceable so that tests never sleep. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
