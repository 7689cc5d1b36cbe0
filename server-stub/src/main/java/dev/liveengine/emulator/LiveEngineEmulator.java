package dev.liveengine.emulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.auth.Authenticator;
import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.emulator.http.HttpFront;
import dev.liveengine.emulator.http.ReferencePage;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.usersig.UserSigSigner;
import dev.liveengine.usersig.UserSigVerifier;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A working, in-memory stand-in for the Live Engine REST API, for local development and CI. It
 * validates every request against the spec, authenticates like the service and keeps state between
 * calls. Start one with {@link #start(EmulatorSettings)}; seed or inspect it through
 * {@link #state()}.
 */
public final class LiveEngineEmulator implements AutoCloseable {

    static final int MAX_BODY_BYTES = 1 << 20;

    private final EmulatorState state;
    private final UserSigSigner signer;
    private final RateLimiter rateLimiter;
    private final Undertow server;
    private final int port;
    private final String host;

    private LiveEngineEmulator(EmulatorSettings settings) {
        SpecContract contract = SpecContract.load();
        this.state = new EmulatorState(settings.maxGifts);
        this.signer = new UserSigSigner(settings.sdkAppId, settings.secretKey, settings.clock);
        EmulatorCommands implementation = new EmulatorCommands(state);
        CommandTable commands = CommandTable.of(implementation);
        requireEveryOperationImplemented(contract, commands);
        this.rateLimiter = new RateLimiter(settings.clock, settings.rateLimitsEnabled, settings.rateLimitOverrides);
        Authenticator authenticator = new Authenticator(settings.sdkAppId, settings.admins,
                new UserSigVerifier(settings.sdkAppId, settings.secretKey, settings.clock), settings.clock);
        ObjectMapper json = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // a body is one JSON object and nothing after it, as the spec says
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        CommandPipeline pipeline = new CommandPipeline(contract, commands, implementation, authenticator, rateLimiter, json);
        HttpFront front = new HttpFront((method, path, query, body) -> {
            try {
                return json.writeValueAsBytes(pipeline.handle(method, path, query, body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Map.of(
                "/", ReferencePage.of(contract.document()),
                "/openapi.yaml", new HttpFront.StaticResource("application/yaml", resource(SpecContract.SPEC_YAML)),
                "/openapi.json", new HttpFront.StaticResource("application/json", resource(SpecContract.SPEC_JSON))));
        this.host = settings.host;
        this.server = Undertow.builder()
                .addHttpListener(settings.port, settings.host)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) MAX_BODY_BYTES)
                .setHandler(front)
                .build();
        server.start();
        this.port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    /** Starts an emulator and returns once it accepts connections. */
    public static LiveEngineEmulator start(EmulatorSettings settings) {
        return new LiveEngineEmulator(settings);
    }

    /** The port it listens on (the one the OS chose, when started on port 0). */
    public int port() {
        return port;
    }

    /** Base URL to give a client, such as {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * A UserSig this emulator accepts for {@code identifier}: signed with its SDKAppID, key and clock.
     * For tests and tools that call the emulator without a client that signs for itself.
     */
    public String userSig(String identifier, Duration validity) {
        return signer.sign(identifier, validity);
    }

    public EmulatorState state() {
        return state;
    }

    /** Forgets all state and rate-limit counters, as after a fresh start. */
    public void reset() {
        state.reset();
        rateLimiter.reset();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** An operation of the spec that nothing serves must stop the emulator from starting. */
    static void requireEveryOperationImplemented(SpecContract contract, CommandTable commands) {
        Set<String> missing = new HashSet<>(contract.operations().keySet());
        missing.removeAll(commands.paths());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("operations of the spec that the emulator does not implement: " + missing);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = LiveEngineEmulator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
