package dev.liveengine.emulator.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs a small test class that registers the extension, through JUnit's EngineTestKit, so that a
 * test can look at what the extension did around it and at how it ended.
 */
final class ExtensionRuns {

    private ExtensionRuns() {
    }

    /** Runs {@code testClass} and returns every failure in it, of its tests or of the class itself. */
    static List<Throwable> failuresOf(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute()
                .allEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElseThrow())
                .toList();
    }
}
