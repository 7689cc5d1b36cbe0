package dev.liveengine.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.client.model.CallbackCommand;
import dev.liveengine.client.model.CreateRoomRequest;
import dev.liveengine.client.model.NewRoomInfo;
import dev.liveengine.client.model.RoomType;
import dev.liveengine.client.model.SetCallbackRequest;
import dev.liveengine.client.model.SetCallbackTokenRequest;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.control.Journal;
import dev.liveengine.emulator.junit5.LiveEngineEmulatorExtension;
import dev.liveengine.emulator.webhook.Delivery;
import dev.liveengine.polyglot.support.ExternalProcess;
import dev.liveengine.polyglot.support.PolyglotBuild;
import dev.liveengine.polyglot.support.TypeScriptBuild;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The npm package as a user gets it: {@code npm install} of the tarball the build packed, in a fresh project in
 * the OS temp directory (outside the build tree), offline (an empty npm cache and an unreachable registry, so
 * that anything the package needed from a registry fails the install). The project then compiles the
 * TypeScript snippets of polyglot-clients/README.md, taken from the README itself, with {@code tsc --strict},
 * against the installed package's types, and runs them with plain {@code node}: the quick start makes one call
 * to the emulator, and the webhook receiver gets a signed delivery from it.
 */
class TypeScriptPackageInstallTest {

    private static final String WEBHOOK_TOKEN = "scratch-webhook-token-41d8";
    private static final Duration NPM_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);
    /** The README marks each snippet it tests with this comment on the line before the code block. */
    private static final Pattern SNIPPET = Pattern.compile("<!-- tested: typescript/(\\S+) -->\\n```ts\\n(.*?)\\n```", Pattern.DOTALL);

    @RegisterExtension
    static final LiveEngineEmulatorExtension emulator = LiveEngineEmulatorExtension.create();

    @TempDir
    static Path temporary;

    @Test
    void tarballInstallsOfflineInAScratchProjectAndTheReadmeSnippetsWork() throws Exception {
        Path tarball = TypeScriptBuild.tarball();
        Path project = Files.createDirectory(temporary.resolve("scratch-app"));
        assertFalse(project.toAbsolutePath().startsWith(PolyglotBuild.moduleDir().getParent()),
                "the scratch project must be outside the build tree");
        Files.writeString(project.resolve("package.json"), """
                {"name": "scratch-app", "version": "1.0.0", "private": true, "type": "module"}
                """);

        // npm install <tarball>, as a user would, without any registry
        ExternalProcess.Result install = ExternalProcess.run(project, NPM_TIMEOUT, Map.of(
                        "npm_config_cache", temporary.resolve("empty-npm-cache").toString(),
                        "npm_config_registry", "http://127.0.0.1:9/",
                        "npm_config_offline", "true",
                        "npm_config_audit", "false",
                        "npm_config_fund", "false",
                        "npm_config_update_notifier", "false"),
                List.of(npm(), "install", "--ignore-scripts", tarball.toString()));
        assertEquals(0, install.exitCode(), install::describe);
        JsonNode installed = new ObjectMapper().readTree(project.resolve("node_modules/@live-engine/client/package.json").toFile());
        assertEquals("@live-engine/client", installed.path("name").asText());
        assertTrue(Files.isRegularFile(project.resolve("node_modules/@live-engine/client/dist/index.d.ts")), "no types in the package");
        assertTrue(Files.isRegularFile(project.resolve("node_modules/@live-engine/client/dist/webhooks.js")), "no webhook helper in the package");
        assertFalse(Files.exists(project.resolve("node_modules/@live-engine/client/src")), "the package ships sources");
        assertTrue(new ObjectMapper().readTree(project.resolve("package.json").toFile()).path("dependencies").has("@live-engine/client"),
                "npm install did not record the dependency");

        // the README's snippets, compiled strictly against the installed package (its package.json "exports" and types)
        Map<String, String> snippets = readmeSnippets();
        assertEquals(List.of("quickstart.ts", "webhook.ts"), List.copyOf(snippets.keySet()), "the tested snippets of the README");
        for (Map.Entry<String, String> snippet : snippets.entrySet()) {
            Files.writeString(project.resolve(snippet.getKey()), snippet.getValue() + "\n");
        }
        Path repository = PolyglotBuild.moduleDir().getParent();
        Files.writeString(project.resolve("tsconfig.json"), """
                {"compilerOptions": {"strict": true, "module": "node16", "target": "ES2022", "lib": ["ES2022", "DOM"],
                  "types": ["node"], "typeRoots": [%s], "skipLibCheck": true},
                 "files": ["quickstart.ts", "webhook.ts"]}
                """.formatted(new ObjectMapper().writeValueAsString(repository.resolve("node_modules/@types").toString())));
        // the repository's pinned TypeScript and @types/node stand in for the user's own
        ExternalProcess.Result compile = ExternalProcess.run(project, RUN_TIMEOUT, Map.of(),
                List.of("node", repository.resolve("node_modules/typescript/bin/tsc").toString(), "-p", "tsconfig.json"));
        assertEquals(0, compile.exitCode(), compile::describe);

        quickStartMakesOneCall(project);
        webhookReceiverGetsASignedDelivery(project);
    }

    private static void quickStartMakesOneCall(Path project) throws Exception {
        emulator.control().importState(new ObjectMapper().readTree("""
                {"Version": 1, "Stores": {
                  "account": {"Accounts": [{"UserId": "host"}]},
                  "room": {"Rooms": [{"RoomId": "room1", "Owner": "host", "CreateTime": 1693271354,
                    "Settings": {"RoomType": "Live", "SeatTemplate": "VideoDynamicGrid9Seats", "RoomName": "Quick start room"}}]}}}
                """));
        String userSig = emulator.emulator().userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));
        ExternalProcess.Result run = ExternalProcess.run(project, RUN_TIMEOUT,
                Map.of("LIVE_ENGINE_BASE_URL", emulator.baseUrl(), "LIVE_ENGINE_USERSIG", userSig),
                List.of("node", "quickstart.js"));
        assertFalse(run.output().contains(userSig), "the quick start printed the UserSig");
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.output().contains("room1 is \"Quick start room\""), run::describe);
        List<Journal.Call> calls = emulator.control().journal(null, 100);
        assertEquals(List.of("getRoomInfo"), calls.stream().map(Journal.Call::operationId).toList());
        assertEquals(0, calls.get(0).errorCode());
    }

    private static void webhookReceiverGetsASignedDelivery(Path project) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("node", "webhook.js").directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("PORT", "0"); // the OS chooses; the receiver prints it
        builder.environment().put("LIVE_ENGINE_WEBHOOK_TOKEN", WEBHOOK_TOKEN);
        Process receiver = builder.start();
        try {
            receiver.getOutputStream().close();
            BlockingQueue<String> lines = linesOf(receiver);
            Matcher listening = Pattern.compile("listening on .*port: (\\d+)").matcher(awaitLine(lines, "listening on", receiver));
            assertTrue(listening.find(), "the receiver did not say its port");
            String url = "http://127.0.0.1:" + listening.group(1) + "/live-engine/webhook";

            emulator.client().setCallback(new SetCallbackRequest().url(url)
                    .callbackCommandList(List.of(CallbackCommand.LIVE_CALLBACK_AFTER_CREATE_ROOM)));
            emulator.client().setCallbackToken(new SetCallbackTokenRequest().token(WEBHOOK_TOKEN).isTokenEnable(true));
            emulator.client().createRoom(new CreateRoomRequest().roomInfo(new NewRoomInfo().roomId("room2")
                    .roomType(RoomType.LIVE).seatTemplate("VideoDynamicGrid9Seats").ownerAccount("host")));

            assertEquals("room room2 created by administrator", awaitLine(lines, "room room2", receiver));
            assertTrue(emulator.control().awaitWebhooks(Duration.ofSeconds(10)), "the delivery did not finish");
            List<Delivery> deliveries = emulator.control().webhookDeliveries(10);
            assertEquals(1, deliveries.size(), deliveries::toString);
            assertEquals(200, deliveries.get(0).status(), () -> "the receiver refused the signed delivery: " + deliveries.get(0).outcome());
        } finally {
            receiver.descendants().forEach(ProcessHandle::destroyForcibly);
            receiver.destroyForcibly();
            receiver.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The README's TypeScript snippets marked as tested, by file name, in the order they appear. */
    private static Map<String, String> readmeSnippets() {
        String readme = PolyglotBuild.read(PolyglotBuild.moduleDir().resolve("README.md"));
        Map<String, String> snippets = new LinkedHashMap<>();
        Matcher matcher = SNIPPET.matcher(readme);
        while (matcher.find()) {
            snippets.put(matcher.group(1), matcher.group(2));
        }
        return snippets;
    }

    /** Each line the process prints, as it prints it. */
    private static BlockingQueue<String> linesOf(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the process was stopped
            }
        }, "output of the webhook receiver");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** The first line starting with {@code prefix}, waiting for it up to 20 s; the lines before it are kept for the message. */
    private static String awaitLine(BlockingQueue<String> lines, String prefix, Process process) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.add(line);
        }
        throw new AssertionError("the webhook receiver printed no line starting with \"" + prefix + "\" (alive: "
                + process.isAlive() + "); it printed:\n" + String.join("\n", seen));
    }

    private static String npm() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "npm.cmd" : "npm";
    }
}
