package dev.liveengine.emulator.pipeline;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Request IDs shaped like the service's: {@code Id-<32 hex digits>-O-Seq-<sequence>}. */
public final class RequestIds {

    private final AtomicLong sequence = new AtomicLong();

    String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "Id-" + hex(random.nextLong()) + hex(random.nextLong()) + "-O-Seq-" + sequence.incrementAndGet();
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
