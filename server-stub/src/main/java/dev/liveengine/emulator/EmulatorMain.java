package dev.liveengine.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Command line of the emulator jar. Every flag has an environment variable, for containers and CI
 * jobs; a flag wins over its variable.
 */
public final class EmulatorMain {

    static final String USAGE = """
            Usage: java -jar live-engine-server-stub.jar [options]
              --port N            TCP port, 0 for any free one     (LIVE_ENGINE_PORT, default 8080)
              --host ADDRESS      interface to listen on           (LIVE_ENGINE_HOST, default 127.0.0.1)
              --sdkappid N        the app's SDKAppID               (LIVE_ENGINE_SDKAPPID, default 1400000000)
              --admin ID[,ID...]  App administrator account(s)     (LIVE_ENGINE_ADMIN, default administrator)
              --secret-key KEY    the app's secret key             (LIVE_ENGINE_SECRET_KEY, default: development key)
              --rate-limit OP=N   allow N calls per period to an operation or bucket (repeatable);
                                  OP is service/command, an operationId or a unique command
              --state-file FILE   load state from FILE at start, write it back at shutdown
                                                                   (LIVE_ENGINE_STATE_FILE)
              --rate-limit-scale N
                                  multiply every documented limit by N   (LIVE_ENGINE_RATE_LIMIT_SCALE)
              --no-rate-limits    do not enforce the documented rate limits
              --room-quota N      the app's room quota: at 70% of it create_room sends
                                  Live.CallbackAfterCreateRoomReachingThreshold (LIVE_ENGINE_ROOM_QUOTA)
              --webhook-timeout-ms N
                                  how long to wait for the app's webhook answers (default 2000)
              --help              show this text
            """;

    private EmulatorMain() {
    }

    public static void main(String[] args) {
        EmulatorSettings settings;
        try {
            settings = parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (settings == null) {
            System.out.print(USAGE);
            return;
        }
        LiveEngineEmulator emulator = LiveEngineEmulator.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "emulator-shutdown"));
        printBanner(System.out, emulator, settings);
    }

    /** The settings the arguments and environment ask for, or null when help was asked for. */
    static EmulatorSettings parse(String[] args, Map<String, String> env) {
        EmulatorSettings.Builder builder = EmulatorSettings.builder();
        // flags are applied after the environment, so a flag replaces its variable
        applyEnvironment(builder, env);
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--no-rate-limits" -> builder.rateLimits(false);
                case "--port" -> builder.port(parseInt(name, value(arg, rest)));
                case "--host" -> builder.host(value(arg, rest));
                case "--sdkappid" -> builder.sdkAppId(parseLong(name, value(arg, rest)));
                case "--admin" -> builder.admins(list(value(arg, rest)));
                case "--secret-key" -> builder.secretKey(value(arg, rest));
                case "--state-file" -> builder.stateFile(Path.of(value(arg, rest)));
                case "--rate-limit-scale" -> builder.rateLimitScale(parseInt(name, value(arg, rest)));
                case "--room-quota" -> builder.roomQuota(parseInt(name, value(arg, rest)));
                case "--webhook-timeout-ms" -> builder.webhookTimeout(java.time.Duration.ofMillis(parseInt(name, value(arg, rest))));
                case "--rate-limit" -> {
                    String limit = value(arg, rest);
                    int eq = limit.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--rate-limit takes OPERATION=REQUESTS, e.g. add_gift=10");
                    }
                    builder.rateLimit(limit.substring(0, eq), parseInt(name, limit.substring(eq + 1)));
                }
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return builder.build();
    }

    private static void applyEnvironment(EmulatorSettings.Builder builder, Map<String, String> env) {
        ifSet(env, "LIVE_ENGINE_PORT", value -> builder.port(parseInt("LIVE_ENGINE_PORT", value)));
        ifSet(env, "LIVE_ENGINE_HOST", builder::host);
        ifSet(env, "LIVE_ENGINE_SDKAPPID", value -> builder.sdkAppId(parseLong("LIVE_ENGINE_SDKAPPID", value)));
        ifSet(env, "LIVE_ENGINE_ADMIN", value -> builder.admins(list(value)));
        ifSet(env, "LIVE_ENGINE_SECRET_KEY", builder::secretKey);
        ifSet(env, "LIVE_ENGINE_STATE_FILE", value -> builder.stateFile(Path.of(value)));
        ifSet(env, "LIVE_ENGINE_RATE_LIMIT_SCALE", value -> builder.rateLimitScale(parseInt("LIVE_ENGINE_RATE_LIMIT_SCALE", value)));
        ifSet(env, "LIVE_ENGINE_ROOM_QUOTA", value -> builder.roomQuota(parseInt("LIVE_ENGINE_ROOM_QUOTA", value)));
    }

    /** A comma-separated list, such as {@code --admin ops,administrator}. */
    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    private static void ifSet(Map<String, String> env, String name, java.util.function.Consumer<String> apply) {
        String value = env.get(name);
        if (value != null && !value.isBlank()) {
            apply.accept(value);
        }
    }

    private static String value(String arg, Deque<String> rest) {
        if (arg.contains("=")) {
            return arg.substring(arg.indexOf('=') + 1);
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(arg + " needs a value");
        }
        return rest.pop();
    }

    private static int parseInt(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
    }

    private static long parseLong(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
    }

    static void printBanner(PrintStream out, LiveEngineEmulator emulator, EmulatorSettings settings) {
        out.println("Live Engine emulator listening on " + emulator.baseUrl());
        out.println("  sdkappid    " + settings.sdkAppId);
        out.println("  admins      " + String.join(", ", settings.admins));
        out.println("  secret key  " + (settings.secretKeyIsDevelopmentDefault
                ? "the development key (EmulatorSettings.DEVELOPMENT_SECRET_KEY, see README); set --secret-key to change it"
                : "as given (not shown)"));
        out.println("  rate limits " + (settings.rateLimitsEnabled ? "as documented"
                + (settings.rateLimitScale == 1 ? "" : " x" + settings.rateLimitScale)
                + (settings.rateLimitOverrides.isEmpty() ? "" : ", except " + settings.rateLimitOverrides) : "off"));
        settings.stateFile.ifPresent(file -> out.println("  state file  " + file.toAbsolutePath()));
        out.println("  reference   " + emulator.baseUrl() + "/");
        out.println("  spec        " + emulator.baseUrl() + "/openapi.yaml (and /openapi.json)");
        out.println("  control API " + emulator.baseUrl() + "/emulator/v1/... (spec at /emulator/openapi.yaml)");
    }
}
