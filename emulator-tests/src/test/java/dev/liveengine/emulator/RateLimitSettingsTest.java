package dev.liveengine.emulator;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecExamples.Operation;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rate limits as the settings change them: replaced per operation or per shared bucket, or switched off. */
class RateLimitSettingsTest {

    private static final Operation ADD_GIFT = SpecExamples.operation("addGift");
    private static final Operation RESUME_MCU_TASK = SpecExamples.operation("resumeMcuTask");

    @Nested
    class Changed {

        private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

        @RegisterExtension
        static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
                .settings(s -> s.clock(clock).rateLimit("add_gift", 3).rateLimit("mix_stream", 2))
                .build();

        private static final EmulatorHttp http = new EmulatorHttp(emulator);

        @Test
        void anOperationsLimitCanBeChanged() {
            ok(http.call(ADD_GIFT, RecordedRequests.of(ADD_GIFT).put("GiftId", "a")));
            ok(http.call(ADD_GIFT, RecordedRequests.of(ADD_GIFT).put("GiftId", "b")));
            ok(http.call(ADD_GIFT, RecordedRequests.of(ADD_GIFT).put("GiftId", "c")));
            fails(ADD_GIFT.rateLimit().errorCode(), http.call(ADD_GIFT, RecordedRequests.of(ADD_GIFT).put("GiftId", "d")));
            clock.advance(Duration.ofSeconds(ADD_GIFT.rateLimit().periodSeconds()));
            ok(http.call(ADD_GIFT, RecordedRequests.of(ADD_GIFT).put("GiftId", "d")));
        }

        @Test
        void aSharedBucketCanBeLimitedByName() {
            emulator.control().importState(SpecExamples.recordedFixtures(RESUME_MCU_TASK.operationId()));
            ok(http.call(RESUME_MCU_TASK, RecordedRequests.of(RESUME_MCU_TASK)));
            ok(http.call(RESUME_MCU_TASK, RecordedRequests.of(RESUME_MCU_TASK)));
            fails(RESUME_MCU_TASK.rateLimit().errorCode(), http.call(RESUME_MCU_TASK, RecordedRequests.of(RESUME_MCU_TASK)));
        }
    }

    @Nested
    class SwitchedOff {

        @RegisterExtension
        static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
                .settings(s -> s.clock(new MutableClock(MutableClock.DEFAULT_START)).rateLimits(false))
                .build();

        private static final EmulatorHttp http = new EmulatorHttp(emulator);

        /**
         * Each call is made in the state its recorded request needs, seeded afresh, since some cannot
         * succeed twice in a row (a second create_room of the same RoomId within a second is 100012,
         * a second destroy_room finds no room); so every call must be OK, the last one too.
         */
        @TestFactory
        Stream<DynamicTest> everyOperationTakesMoreCallsThanItsLimit() {
            return SpecExamples.operations().stream().map(operation -> dynamicTest(operation.operationId(), () -> {
                JsonNode fixtures = SpecExamples.recordedFixtures(operation.operationId());
                for (int i = 0; i <= operation.rateLimit().requests(); i++) {
                    emulator.control().importState(fixtures);
                    ok(http.call(operation, RecordedRequests.of(operation)));
                }
            }));
        }
    }
}
