package dev.liveengine.emulator.gift;

import static dev.liveengine.emulator.EmulatorHttp.fails;
import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.emulator.MutableClock;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.openapi.testing.SpecExamples;
import dev.liveengine.openapi.testing.SpecExamples.Operation;
import dev.liveengine.server.api.ErrorCodes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The gift configuration commands' documented limit, one call per window of 1 second (10 seconds for
 * copy_default_gift_config) answered with 100012 beyond it, as the emulator keeps it by default and
 * as {@code rateLimitScale} multiplies it. The clocks stand still, so every call of a test falls in
 * one window until the test moves it. Each command sends a request of this class's own that succeeds
 * in a known catalogue, however often it is sent: RateLimitTest covers every operation with the
 * vendor's recorded requests.
 */
class GiftConfigurationRateLimitTest {

    private static final int SCALE = 10;

    /** Gift rose in category popular: the state each call is made in (imports leave the limits' counters alone). */
    private static final JsonNode CATALOGUE = parse("""
            {"Version": 1, "Stores": {"gift": {
              "Gifts": [{"GiftId": "rose", "Coins": 1, "DefaultName": "Rose"}],
              "Categories": [{"CategoryId": "popular", "DefaultName": "Popular"}],
              "Relations": [{"CategoryId": "popular", "GiftIds": ["rose"]}]}}}""");
    /** The preset only loads where nothing is configured. */
    private static final JsonNode NOTHING_CONFIGURED = parse("{\"Version\": 1, \"Stores\": {}}");

    private static final Map<String, ObjectNode> REQUESTS = Map.ofEntries(
            entry("addGift", json("GiftId", "tulip", "Coins", 2, "DefaultName", "Tulip")),
            entry("getGift", json("GiftId", "rose")),
            entry("delGift", json("GiftId", "rose")),
            entry("copyDefaultGiftConfig", json()),
            entry("addGiftCategory", json("CategoryId", "popular", "DefaultName", "Popular")),
            entry("getGiftCategory", json("CategoryId", "popular")),
            entry("delGiftCategory", json("CategoryId", "popular")),
            entry("addGiftCategoryRelations", json("CategoryId", "popular", "GiftIdList", new String[] {"rose"})),
            entry("getGiftCategoryRelations", json("CategoryId", "popular")),
            entry("delGiftCategoryRelations", json("CategoryId", "popular", "GiftIdList", new String[] {"rose"})),
            entry("setGiftLanguage", json("GiftId", "rose", "Language", "en", "Name", "Rose")),
            entry("getGiftLanguage", json("GiftId", "rose", "Language", "en")),
            entry("delGiftLanguage", json("GiftId", "rose", "Language", "en")),
            entry("setGiftCategoryLanguage", json("CategoryId", "popular", "Language", "en", "CategoryName", "Popular")),
            entry("getGiftCategoryLanguage", json("CategoryId", "popular", "Language", "en")),
            entry("delGiftCategoryLanguage", json("CategoryId", "popular", "Language", "en")));

    private static JsonNode parse(String json) {
        try {
            return EmulatorHttp.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The gift group's operations limited with 100012: all but send_gift and get_gift_count, which answer 60007. */
    private static List<Operation> configurationOperations() {
        return SpecExamples.operations().stream()
                .filter(operation -> operation.sourceFile().getParent().getFileName().toString().equals("gift"))
                .filter(operation -> operation.rateLimit().errorCode() == ErrorCodes.ONCE_PER_SECOND_LIMIT_EXCEEDED)
                .toList();
    }

    @Test
    void everyConfigurationCommandIsHereAndOnlyThose() {
        assertEquals(REQUESTS.keySet().stream().sorted().toList(),
                configurationOperations().stream().map(Operation::operationId).sorted().toList());
    }

    /** One emulator on a clock of its own; every dynamic test starts a fresh window of its operation. */
    private record Driver(LiveEngineEmulatorExtension emulator, MutableClock clock, EmulatorHttp http) {

        Driver(LiveEngineEmulatorExtension emulator, MutableClock clock) {
            this(emulator, clock, new EmulatorHttp(emulator));
        }

        Stream<DynamicTest> forEachOperation(Consumer<Operation> checks) {
            return configurationOperations().stream().map(operation -> dynamicTest(operation.operationId(), () -> {
                emulator.control().reset();
                clock.advanceToMultipleOf(period(operation));
                checks.accept(operation);
            }));
        }

        /** The operation's request, in the state in which it succeeds. */
        EmulatorHttp.Reply call(Operation operation) {
            emulator.control().importState(operation.operationId().equals("copyDefaultGiftConfig") ? NOTHING_CONFIGURED : CATALOGUE);
            return http.call(operation, REQUESTS.get(operation.operationId()).deepCopy());
        }
    }

    private static Duration period(Operation operation) {
        return Duration.ofSeconds(operation.rateLimit().periodSeconds());
    }

    @Nested
    class ByDefault {

        private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

        @RegisterExtension
        static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
                .settings(s -> s.clock(clock))
                .build();

        private static final Driver driver = new Driver(emulator, clock);

        @TestFactory
        Stream<DynamicTest> aSecondCallInTheWindowIs100012() {
            return driver.forEachOperation(operation -> {
                ok(driver.call(operation));
                fails(ErrorCodes.ONCE_PER_SECOND_LIMIT_EXCEEDED, driver.call(operation));
                clock.advance(period(operation).minusMillis(1));
                fails(ErrorCodes.ONCE_PER_SECOND_LIMIT_EXCEEDED, driver.call(operation));
                clock.advance(Duration.ofMillis(1));
                ok(driver.call(operation));
            });
        }
    }

    @Nested
    class Scaled {

        private static final MutableClock clock = new MutableClock(MutableClock.DEFAULT_START);

        @RegisterExtension
        static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.builder()
                .settings(s -> s.clock(clock).rateLimitScale(SCALE))
                .build();

        private static final Driver driver = new Driver(emulator, clock);

        @TestFactory
        Stream<DynamicTest> tenCallsInTheWindowAndThe11thIs100012() {
            return driver.forEachOperation(operation -> {
                for (int i = 0; i < SCALE; i++) {
                    ok(driver.call(operation));
                }
                fails(ErrorCodes.ONCE_PER_SECOND_LIMIT_EXCEEDED, driver.call(operation));
            });
        }
    }
}
