package dev.liveengine.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveengine.emulator.contract.SpecContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * Runs the emulator through a typical first minute, once, at build time: the build launches it with
 * {@code -XX:ArchiveClassesAtExit} so that the JVM records every class this needs into a class-data
 * archive next to the jar. Starting the jar with {@code -XX:SharedArchiveFile} then skips most class
 * loading and verification, which halves the time to the first answered request. Every operation
 * of the spec is called with its recorded request, so the archive grows with the spec by itself.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode spec;
        try (InputStream in = ClassDataTraining.class.getClassLoader().getResourceAsStream(SpecContract.SPEC_JSON)) {
            spec = new ObjectMapper().readTree(in);
        }
        try (LiveEngineEmulator emulator = LiveEngineEmulator.start(EmulatorSettings.builder().port(0).build())) {
            String userSig = emulator.userSig(EmulatorSettings.DEFAULT_ADMIN, Duration.ofMinutes(5));
            String query = "?sdkappid=" + EmulatorSettings.DEFAULT_SDKAPPID + "&identifier=" + EmulatorSettings.DEFAULT_ADMIN
                    + "&usersig=" + userSig + "&random=1&contenttype=json";
            for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (JsonNode example : path.getValue().at("/post/requestBody/content/application~1json/examples")) {
                    exchange("POST", emulator.baseUrl() + path.getKey() + query, example.path("value").toString());
                }
                exchange("POST", emulator.baseUrl() + path.getKey() + query, "{\"RoomId\":1}");
            }
            exchange("POST", emulator.baseUrl() + "/emulator/v1/export_state" + query, "{}");
            exchange("POST", emulator.baseUrl() + "/v4/no_such_service/command", "not json");
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
