package dev.liveengine.openapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi/live-engine.yaml} is exactly what the build makes from the sources.
 * On a developer machine the build rewrites it, so this only fails in CI, where {@code CI=true}
 * keeps it as committed (or when the refreshed file was not committed).
 */
class BundleIsFreshTest {

    @Test
    void committedBundleMatchesTheSources() throws IOException {
        Path built = SpecFiles.builtBundle();
        Path committed = SpecFiles.committedBundle();
        byte[] expected = Files.readAllBytes(built);
        byte[] actual = Files.exists(committed) ? Files.readAllBytes(committed) : null;
        assertTrue(actual != null && Arrays.equals(expected, actual), () -> committed
                + (actual == null ? " is missing" : " differs from the bundle built from the sources ("
                        + built + ")")
                + ". Run `./mvnw -pl openapi verify` without CI=true, which"
                + " rewrites it, and commit the refreshed file. Never edit it by hand.");
    }
}
