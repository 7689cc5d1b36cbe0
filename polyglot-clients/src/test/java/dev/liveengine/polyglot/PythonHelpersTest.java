package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.PolyglotBuild;
import dev.liveengine.polyglot.support.Python;
import dev.liveengine.polyglot.support.Spec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the unit tests of the hand-written Python helpers (src/test/python/test_helpers.py, standard-library
 * unittest) against the assembled package: the webhook signature on the vendor's verified vector (token
 * {@code xxxxyyyy}, RequestTime 1669872112), the 60 s window, the SdkAppid check, the parsing of every documented
 * webhook body into its generated model, the typed errors of {@code ok()}, and the README's webhook handler. The
 * live delivery is in
 * {@link PythonClientScenarioTest}.
 */
class PythonHelpersTest {

    private static final Pattern RAN = Pattern.compile("Ran (\\d+) tests?");

    @SuppressWarnings("unchecked")
    @Test
    void helpersPassTheirUnitTests() {
        String python = Python.interpreter();
        Map<String, Object> webhooks = (Map<String, Object>) Spec.openApi().getExtensions().get("x-webhooks");
        ExternalProcess.Result run = ExternalProcess.run(Python.testSource("test_helpers.py").getParent(),
                Duration.ofSeconds(60),
                Python.environment(Map.of(
                        "LIVE_ENGINE_WEBHOOK_COMMANDS", String.join(",", webhooks.keySet()),
                        "LIVE_ENGINE_WEBHOOK_EXAMPLES",
                        PolyglotBuild.specBundle().resolveSibling("spec/webhooks").toString(),
                        "LIVE_ENGINE_README", Python.readme().toString())),
                List.of(python, "-m", "unittest", "-v", "test_helpers"));

        assertEquals(0, run.exitCode(), run::describe);
        Matcher ran = RAN.matcher(run.output());
        assertTrue(ran.find() && Integer.parseInt(ran.group(1)) >= 21, () -> "expected at least 21 tests: " + run.describe());
        assertFalse(run.output().contains("skipped"), () -> "no test may be skipped here: " + run.describe());
        assertTrue(run.output().contains("test_signs_the_documented_vector") && run.output().strip().endsWith("OK"),
                run::describe);
    }
}
