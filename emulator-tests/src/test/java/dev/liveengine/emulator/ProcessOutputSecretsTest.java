package dev.liveengine.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigSigner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything the emulator process prints, from its start to its shutdown, and the state file it
 * writes then, holds none of the secrets it was given or shown: the app's key, a valid or a forged
 * UserSig, the webhook token. It is run as users run it ({@code EmulatorMain}, its own process), and
 * given the calls most likely to make a server print something: refusals, bodies that are not JSON
 * or not UTF-8, a path that does not exist, and webhooks to a receiver that refuses them.
 */
class ProcessOutputSecretsTest {

    private static final String KEY = "process-secret-key-5b1f0e7a";
    private static final String TOKEN = "process-webhook-token-9d3a41";

    @TempDir
    Path directory;

    @Test
    void neitherTheKeyNorAUserSigNorTheTokenIsEverPrinted() throws Exception {
        Path stateFile = directory.resolve("state.json");
        Process emulator = ChildJvm.of(List.of(), EmulatorMain.class,
                "--port", "0", "--secret-key", KEY, "--state-file", stateFile.toString())
                .redirectErrorStream(true)
                .start();
        StringBuilder printed = new StringBuilder();
        Clock clock = Clock.systemUTC();
        String valid = new UserSigSigner(EmulatorSettings.DEFAULT_SDKAPPID, AppSecret.of(KEY), clock)
                .sign("administrator", Duration.ofDays(1));
        String forged = new UserSigSigner(EmulatorSettings.DEFAULT_SDKAPPID, AppSecret.of("a-guessed-key"), clock)
                .sign("administrator", Duration.ofDays(1));
        try (BufferedReader output = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8))) {
            String banner = output.readLine();
            assertTrue(banner != null && banner.contains("listening on http://"), () -> "no banner: " + banner);
            printed.append(banner).append('\n');
            Caller caller = new Caller(banner.substring(banner.indexOf("http://")));

            assertOk(caller.post("/v4/live_config/set_callback", valid, ("{\"Url\":\"http://127.0.0.1:" + closedPort()
                    + "/hook\",\"CallbackCommandList\":[\"Live.CallbackAfterCreateRoom\"]}").getBytes(StandardCharsets.UTF_8)));
            assertOk(caller.post("/v4/live_config/set_callback_token", valid,
                    ("{\"Token\":\"" + TOKEN + "\",\"IsTokenEnable\":true}").getBytes(StandardCharsets.UTF_8)));
            caller.post("/v4/im_open_login_svc/multiaccount_import", valid,
                    "{\"AccountList\":[{\"UserID\":\"host\"}]}".getBytes(StandardCharsets.UTF_8));
            byte[] createRoom = "{\"RoomInfo\":{\"RoomId\":\"room1\",\"RoomType\":\"Live\",\"SeatTemplate\":\"VideoDynamicGrid9Seats\"}}".getBytes(StandardCharsets.UTF_8);
            assertOk(caller.post("/v4/live_engine_http_srv/create_room", valid, createRoom));
            assertEquals(ErrorCodes.USERSIG_SIGNATURE_CHECK_FAILED, caller.post("/v4/live_engine_http_srv/create_room", forged, createRoom).get("ErrorCode"));
            caller.post("/v4/live_engine_http_srv/create_room", valid, "{\"RoomInfo\":".getBytes(StandardCharsets.UTF_8));
            caller.post("/v4/live_engine_http_srv/create_room", valid, new byte[] {'{', '"', (byte) 0xff, '"', '}'});
            caller.post("/v4/live_engine_http_srv/no_such_command", valid, "{}".getBytes(StandardCharsets.UTF_8));
            caller.post("/emulator/v1/export_state", valid, "{}".getBytes(StandardCharsets.UTF_8));
            caller.post("/emulator/v1/get_webhook_deliveries", valid, "{}".getBytes(StandardCharsets.UTF_8));

            emulator.toHandle().destroy(); // SIGTERM: the shutdown hook writes the state file; the stream stays open
            for (String line; (line = output.readLine()) != null; ) {
                printed.append(line).append('\n');
            }
        } finally {
            emulator.toHandle().destroyForcibly();
            emulator.waitFor();
        }
        assertTrue(Files.exists(stateFile), "the state file was written at shutdown");
        String everything = printed + Files.readString(stateFile);
        assertTrue(everything.contains("room1"), "the state file holds the room");
        for (String secret : List.of(KEY, TOKEN, valid, forged)) {
            assertFalse(everything.contains(secret), () -> "a secret was printed or written:\n" + printed);
        }
    }

    private static void assertOk(Map<String, Object> reply) {
        assertEquals(0, reply.get("ErrorCode"), reply::toString);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Posts to the emulator as an administrator with a given UserSig; answers the reply's top-level fields. */
    private record Caller(String baseUrl) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        @SuppressWarnings("unchecked")
        Map<String, Object> post(String path, String userSig, byte[] body) throws IOException, InterruptedException {
            URI uri = URI.create(baseUrl + path + "?sdkappid=" + EmulatorSettings.DEFAULT_SDKAPPID
                    + "&identifier=administrator&usersig=" + URLEncoder.encode(userSig, StandardCharsets.UTF_8)
                    + "&random=7&contenttype=json");
            HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), reply::body);
            return EmulatorHttp.JSON.readValue(reply.body(), Map.class);
        }
    }
}
