package dev.liveengine.emulator.junit5;

import dev.liveengine.client.LiveEngineClient;
import dev.liveengine.client.RetryPolicy;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.LiveEngineEmulator;
import dev.liveengine.emulator.control.EmulatorControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a Live Engine emulator in-process for your tests, on 127.0.0.1 and a port the OS chooses:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();
 *
 * @Test
 * void sendsAGift() {
 *     emulator.client().addGift(new AddGiftRequest().giftId("rose").coins(10L).defaultName("Rose"));
 *     ...
 * }
 * }</pre>
 *
 * <p>As a static field the emulator is started once for the test class and stopped after it; as an
 * instance field, once per test. Before each test all state is reset ({@link EmulatorControl#reset()}),
 * unless {@link Builder#resetBeforeEach(boolean)} says otherwise. After each test every reply the
 * emulator sent is checked against the spec (envelope, documented error codes, reply schema), and
 * a reply that broke it fails the test: a test double that drifts from the contract is a bug.
 *
 * <p>{@link #client()} is a {@link LiveEngineClient} for the emulator's administrator, signing with
 * the emulator's key, without retries (a test wants the first answer). Test methods may also take a
 * {@link LiveEngineClient}, {@link LiveEngineEmulator}, {@link EmulatorControl} or {@link WebhookInbox}
 * parameter. Webhook bodies the emulator sends are checked against the spec's webhook schemas the
 * same way as its replies.
 */
public final class LiveEngineEmulatorExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private final EmulatorSettings settings;
    private final boolean resetBeforeEach;
    private LiveEngineEmulator emulator;
    private LiveEngineClient client;
    private boolean startedForClass;
    private WebhookInbox webhooks;

    private LiveEngineEmulatorExtension(Builder builder) {
        EmulatorSettings.Builder settingsBuilder = EmulatorSettings.builder().checkReplies(true);
        builder.settings.forEach(change -> change.accept(settingsBuilder));
        this.settings = settingsBuilder.host("127.0.0.1").port(0).build();
        this.resetBeforeEach = builder.resetBeforeEach;
    }

    /** An emulator with the default settings: the development key and app, the documented rate limits. */
    public static LiveEngineEmulatorExtension create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running emulator. */
    public LiveEngineEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator runs only while tests run; register the extension with @RegisterExtension");
        }
        return emulator;
    }

    /** Reset, state snapshots, fault injection and the journal of calls. */
    public EmulatorControl control() {
        return emulator().control();
    }

    /** Where the emulator listens, such as {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return emulator().baseUrl();
    }

    /** A client for the emulator's first administrator, without retries; closed with the emulator. */
    public LiveEngineClient client() {
        emulator();
        if (client == null) {
            client = clientFor(settings.admins().iterator().next()).build();
        }
        return client;
    }

    /**
     * A client builder already pointed at the emulator and signing UserSigs for {@code identifier}
     * with the emulator's key, for tests that need another identity or their own settings. The caller
     * closes what it builds.
     */
    public LiveEngineClient.Builder clientFor(String identifier) {
        LiveEngineEmulator running = emulator();
        return LiveEngineClient.builder()
                .sdkAppId(settings.sdkAppId())
                .adminIdentifier(identifier)
                .userSigSource(() -> running.userSig(identifier, Duration.ofDays(1)))
                .baseUrl(running.baseUrl())
                .retryPolicy(RetryPolicy.NONE);
    }

    /**
     * An app server on loopback for the emulator's webhooks, started on first use: configure its
     * {@link WebhookInbox#url()} with {@code set_callback}, then {@link WebhookInbox#take} what arrives.
     * It is emptied before each test, like the emulator's state.
     */
    public WebhookInbox webhooks() {
        if (webhooks == null) {
            webhooks = new WebhookInbox();
        }
        return webhooks;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
        startedForClass = true;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            start();
        } else if (resetBeforeEach) {
            emulator.control().reset();
            if (webhooks != null) {
                webhooks.clear();
            }
        }
        emulator.takeReplyProblems(); // what the set-up of another test caused is not this test's
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (emulator == null) {
            return; // it did not start; JUnit reports why
        }
        List<String> problems = emulator.takeReplyProblems();
        if (!startedForClass) {
            stop();
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("the emulator sent replies that break the spec:\n  " + String.join("\n  ", problems));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (startedForClass) {
            stop();
            startedForClass = false;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LiveEngineClient.class || type == LiveEngineEmulator.class || type == EmulatorControl.class
                || type == WebhookInbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == LiveEngineClient.class) {
            return client();
        }
        if (type == WebhookInbox.class) {
            return webhooks();
        }
        return type == LiveEngineEmulator.class ? emulator() : control();
    }

    private void start() {
        emulator = LiveEngineEmulator.start(settings);
    }

    private void stop() {
        if (client != null) {
            client.close();
            client = null;
        }
        emulator.close();
        emulator = null;
        if (webhooks != null) {
            webhooks.close();
            webhooks = null;
        }
    }

    /** How the emulator is set up; every setting of {@link EmulatorSettings.Builder} is available. */
    public static final class Builder {
        private final List<Consumer<EmulatorSettings.Builder>> settings = new ArrayList<>();
        private boolean resetBeforeEach = true;

        private Builder() {
        }

        /**
         * Changes the emulator's settings, such as {@code s -> s.clock(testClock).rateLimits(false)}.
         * The host and port are the extension's: loopback and a free port.
         */
        public Builder settings(Consumer<EmulatorSettings.Builder> change) {
            settings.add(Objects.requireNonNull(change, "change"));
            return this;
        }

        /** Whether each test starts from an empty emulator (the default) or sees what earlier tests left. */
        public Builder resetBeforeEach(boolean reset) {
            this.resetBeforeEach = reset;
            return this;
        }

        public LiveEngineEmulatorExtension build() {
            return new LiveEngineEmulatorExtension(this);
        }
    }
}
