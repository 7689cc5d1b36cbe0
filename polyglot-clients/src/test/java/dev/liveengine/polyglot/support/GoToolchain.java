package dev.liveengine.polyglot.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The Go toolchain (Debian's golang-go) as the Go tests run it: offline and inside the build tree.
 *
 * <p>No module proxy is reachable, and none is needed: the generated client and the helpers use the standard
 * library only, and the scenario and the scratch project reach the client through a {@code replace} directive.
 * {@code GOPROXY=off} makes any attempt to download fail at once instead of hanging; {@code GOTOOLCHAIN=local}
 * keeps a newer Go from trying to fetch another toolchain; the build and module caches live in {@code target/},
 * so nothing is written to {@code $HOME}; {@code CGO_ENABLED=0} needs no C compiler (CI installs golang-go
 * without its recommended gcc).
 *
 * <p>Outside CI the Go tests are skipped when {@code go} is not installed; in CI (system property
 * {@code liveEngine.ci}, which the root pom sets) they fail instead.
 */
public final class GoToolchain {

    /** Long enough for a cold build cache: the first build compiles the standard library and the client. */
    public static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

    private GoToolchain() {}

    /** {@code target/go}: the module and the Go tests, as the build assembled them (see the pom). */
    public static Path goDir() {
        return target().resolve("go");
    }

    /** The Go module a user installs: the generated package plus the helpers and go.mod of src/main/go. */
    public static Path module() {
        return goDir().resolve("live-engine-go");
    }

    /** src/test/go/scenario, copied beside the module its go.mod replaces the client with. */
    public static Path scenario() {
        return goDir().resolve("scenario");
    }

    /** src/test/go/quickstart: the README's Go quick start, built in a scratch project. */
    public static Path quickstart() {
        return goDir().resolve("quickstart");
    }

    /** The module path of the client, as go.mod declares it. */
    public static final String MODULE_PATH = "github.com/live-engine/live-engine-go";

    /** The {@code go} command, or the end of the test: skipped outside CI, failed in CI. */
    public static String go() {
        return ExternalProcess.onPath("go").map(Path::toString).orElseGet(() -> missing("go"));
    }

    /** The {@code gofmt} command, likewise. */
    public static String gofmt() {
        return ExternalProcess.onPath("gofmt").map(Path::toString).orElseGet(() -> missing("gofmt"));
    }

    /** Runs {@code go args...} in {@code directory} with the offline environment plus {@code extra}. */
    public static ExternalProcess.Result go(Path directory, Duration timeout, Map<String, String> extra, String... args) {
        List<String> command = new ArrayList<>();
        command.add(go());
        command.addAll(List.of(args));
        return ExternalProcess.run(directory, timeout, environment(extra), command);
    }

    /** The environment of every go command: see the class comment. */
    public static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>();
        environment.put("GOFLAGS", "-mod=mod");
        environment.put("GOPROXY", "off");
        environment.put("GOSUMDB", "off");
        environment.put("GOTOOLCHAIN", "local");
        environment.put("GOTELEMETRY", "off");
        environment.put("GOWORK", "off");
        environment.put("GOENV", "off");
        environment.put("CGO_ENABLED", "0");
        environment.put("GOCACHE", target().resolve("go-cache").toString());
        environment.put("GOPATH", target().resolve("go-path").toString());
        environment.put("GOMODCACHE", target().resolve("go-path").resolve("pkg").resolve("mod").toString());
        environment.putAll(extra);
        return environment;
    }

    private static Path target() {
        // target/generated-sources/go -> target
        return PolyglotBuild.generated("go").getParent().getParent();
    }

    private static String missing(String tool) {
        if (Boolean.getBoolean("liveEngine.ci")) {
            return fail(tool + " is not on the PATH, so the Go client cannot be checked. CI must have it: "
                    + "install Debian's golang-go (apt-get install golang-go).");
        }
        return Assumptions.abort(tool + " is not on the PATH; install Debian's golang-go to check the Go client "
                + "(in CI, CI=true, this test fails instead of skipping)");
    }
}
