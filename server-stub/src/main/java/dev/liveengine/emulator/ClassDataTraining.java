package dev.liveengine.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Runs the emulator through a typical first minute, once, at build time: the build launches it with
 * {@code -XX:ArchiveClassesAtExit} so that the JVM records every class this needs into a class-data
 * archive next to the jar. Starting the jar with {@code -XX:SharedArchiveFile} then skips most class
 * loading and verification, which halves the time to the first answered request.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) {
        EmulatorMain.quietenLibraryLogging();
        try (LiveEngineEmulator emulator = LiveEngineEmulator.start(EmulatorSettings.builder().port(0).build())) {
            String userSig = emulator.userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofMinutes(5));
            String query = "?sdkappid=" + EmulatorSettings.DEFAULT_SDKAPPID + "&identifier=" + EmulatorSettings.DEFAULT_ADMIN
                    + "&usersig=" + userSig + "&random=1&contenttype=json";
            String base = emulator.baseUrl() + "/v4/live_engine_http_srv/";
            emulator.state().mixTasks().create("mix1");
            exchange("POST", base + "add_gift" + query, "{\"GiftId\":\"rose\",\"Coins\":10,\"DefaultName\":\"Rose\"}");
            exchange("POST", base + "send_gift" + query, "{\"RoomId\":\"r\",\"GiftId\":\"rose\",\"From_Account\":\"a\",\"ReceiverList_Account\":[\"b\"]}");
            exchange("POST", base + "get_gift_count" + query, "{\"RoomId\":\"r\",\"From_Account\":\"a\"}");
            exchange("POST", base + "resume_mcu_task" + query, "{\"RoomId\":\"mix1\"}");
            exchange("POST", base + "send_gift" + query, "{\"RoomId\":1}");
            exchange("POST", base + "get_gift_count", "not json");
            exchange("GET", emulator.baseUrl() + "/", null);
            exchange("GET", emulator.baseUrl() + "/openapi.json", null);
        }
    }

    private static void exchange(String method, String url, String body) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestMethod(method);
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            try (InputStream in = connection.getInputStream()) {
                in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("training request to " + method + " " + url.replaceAll("usersig=[^&]*", "usersig=…"), e);
        }
    }
}
