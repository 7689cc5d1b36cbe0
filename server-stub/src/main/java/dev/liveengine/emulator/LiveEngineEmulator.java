package dev.liveengine.emulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.liveengine.emulator.auth.Authenticator;
import dev.liveengine.emulator.contract.SpecContract;
import dev.liveengine.emulator.control.ControlProvider;
import dev.liveengine.emulator.control.EmulatorControl;
import dev.liveengine.emulator.control.Faults;
import dev.liveengine.emulator.control.Journal;
import dev.liveengine.emulator.http.HttpFront;
import dev.liveengine.emulator.http.ReferencePage;
import dev.liveengine.emulator.pipeline.RateLimiter;
import dev.liveengine.emulator.pipeline.ReplyCheck;
import dev.liveengine.emulator.pipeline.RequestPipeline;
import dev.liveengine.emulator.pipeline.RouteTable;
import dev.liveengine.emulator.state.ClockDriven;
import dev.liveengine.emulator.state.EmulatorState;
import dev.liveengine.emulator.webhook.WebhookConfigStore;
import dev.liveengine.emulator.webhook.WebhookSender;
import dev.liveengine.emulator.webhook.Webhooks;
import dev.liveengine.usersig.UserSigSigner;
import dev.liveengine.usersig.UserSigVerifier;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A working, in-memory stand-in for the Live Engine REST API, for local development, CI and tests.
 * It validates every request against the spec, authenticates like the service and keeps state
 * between calls. Start one with {@link #start(EmulatorSettings)}; drive it from Java through
 * {@link #control()}, or over HTTP through its control API ({@code /emulator/v1/...}).
 */
public final class LiveEngineEmulator implements AutoCloseable {

    /**
     * Undertow and XNIO log their versions at INFO through java.util.logging, on the console of
     * whoever embeds the emulator. The loggers are held here because java.util.logging keeps them only
     * weakly: a logger that is collected before the libraries first log comes back without its level.
     */
    private static final List<Logger> LIBRARY_LOGGERS = List.of(Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio"));

    private final EmulatorSettings settings;
    private final UserSigSigner signer;
    private final EmulatorControl control;
    private final Optional<ReplyCheck> replyCheck;
    private final Undertow server;
    private final WebhookSender webhookSender;
    private final ScheduledExecutorService clockTicks;
    private final int port;

    private LiveEngineEmulator(EmulatorSettings settings) {
        LIBRARY_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
        this.settings = settings;
        SpecContract contract = SpecContract.load();
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // a body is one JSON object and nothing after it, as the spec says
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        EmulatorState state = new EmulatorState();
        this.webhookSender = new WebhookSender(settings.clock, settings.webhookTimeout);
        this.replyCheck = settings.checkReplies ? Optional.of(new ReplyCheck()) : Optional.empty();
        Webhooks.EventCheck eventCheck = replyCheck.<Webhooks.EventCheck>map(check -> (command, event) -> check.checkWebhook(contract, command, event))
                .orElse((command, event) -> { });
        Webhooks webhooks = new Webhooks(state.add(new WebhookConfigStore()), webhookSender, state, json, settings.sdkAppId,
                settings.clock, eventCheck);
        List<Object> providers = new ArrayList<>(Providers.create(state, settings, webhooks));
        RateLimiter rateLimiter = new RateLimiter(settings.clock, settings.rateLimitsEnabled,
                rateLimitOverrides(contract, settings), settings.rateLimitScale);
        Faults faults = new Faults();
        Journal journal = new Journal();
        this.control = new EmulatorControl(state, rateLimiter, faults, journal, contract, webhooks,
                providers.stream().filter(ClockDriven.class::isInstance).map(ClockDriven.class::cast).toList());
        providers.add(new ControlProvider(control));
        RouteTable routes = RouteTable.bind(contract, RouteTable.generatedOperations(), providers);
        this.signer = new UserSigSigner(settings.sdkAppId, settings.secretKey, settings.clock);
        Authenticator authenticator = new Authenticator(settings.sdkAppId, settings.admins,
                new UserSigVerifier(settings.sdkAppId, settings.secretKey, settings.clock), settings.clock);
        RequestPipeline pipeline = new RequestPipeline(new RequestPipeline.Parts(routes, authenticator, rateLimiter, state,
                faults, journal, replyCheck, settings.clock, json, webhooks::mayAskTheApp));
        settings.stateFile.ifPresent(control::loadStateFile);
        HttpFront front = new HttpFront(pipeline, Map.of(
                "/", ReferencePage.of(contract.document()),
                "/openapi.yaml", resource("application/yaml", SpecContract.SPEC_YAML),
                "/openapi.json", resource("application/json", SpecContract.SPEC_JSON),
                "/emulator/openapi.yaml", resource("application/yaml", SpecContract.CONTROL_SPEC_YAML),
                "/emulator/openapi.json", resource("application/json", SpecContract.CONTROL_SPEC_JSON)));
        this.server = Undertow.builder()
                .addHttpListener(settings.port, settings.host)
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, (long) RequestPipeline.MAX_BODY_BYTES)
                // the query is decoded by the pipeline, which answers a malformed one in the envelope
                // (60002); Undertow's own decoding would answer it with a bare HTTP 400
                .setServerOption(UndertowOptions.DECODE_URL, false)
                .setHandler(front)
                .build();
        server.start();
        // what happens by the clock alone (a battle's end) is looked for every second
        this.clockTicks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "live-engine-clock");
            thread.setDaemon(true);
            return thread;
        });
        clockTicks.scheduleWithFixedDelay(control::reportDueEvents, 1, 1, TimeUnit.SECONDS);
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
        return "http://" + (settings.host.contains(":") ? "[" + settings.host + "]" : settings.host) + ":" + port;
    }

    public EmulatorSettings settings() {
        return settings;
    }

    /**
     * A UserSig this emulator accepts for {@code identifier}: signed with its SDKAppID, key and clock.
     * For tests and tools that call the emulator without a client that signs for itself.
     */
    public String userSig(String identifier, Duration validity) {
        return signer.sign(identifier, validity);
    }

    /** Reset, state snapshots, fault injection and the journal, from Java. */
    public EmulatorControl control() {
        return control;
    }

    /**
     * Replies that broke the spec since the last call, when started with
     * {@link EmulatorSettings.Builder#checkReplies(boolean)}; always empty otherwise.
     */
    public List<String> takeReplyProblems() {
        return replyCheck.map(ReplyCheck::takeProblems).orElse(List.of());
    }

    /** Stops serving; with a state file, writes the state to it first. */
    @Override
    public void close() {
        clockTicks.shutdownNow();
        server.stop();
        webhookSender.close();
        settings.stateFile.ifPresent(control::writeState);
    }

    /** The settings' overrides, keyed by operation name or shared bucket once the spec has said which is which. */
    private static Map<String, Integer> rateLimitOverrides(SpecContract contract, EmulatorSettings settings) {
        Map<String, Integer> resolved = new HashMap<>();
        settings.rateLimitOverrides.forEach((name, requests) -> {
            boolean bucket = contract.operations().values().stream()
                    .anyMatch(op -> op.rateLimit().filter(limit -> limit.bucket().equals(name)).isPresent());
            resolved.put(bucket ? name : contract.liveEngineOperation(name).name(), requests);
        });
        return resolved;
    }

    private static HttpFront.StaticResource resource(String contentType, String name) {
        try (InputStream in = LiveEngineEmulator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new HttpFront.StaticResource(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
