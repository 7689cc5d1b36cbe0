package dev.liveengine.emulator.webhook;

import static dev.liveengine.emulator.EmulatorHttp.json;
import static dev.liveengine.emulator.EmulatorHttp.ok;

import dev.liveengine.emulator.EmulatorHttp;
import dev.liveengine.openapi.testing.SpecExamples;
import java.util.List;

/** The webhook configuration as a test sets it, through the {@code live_config} commands themselves. */
final class AppWebhooks {

    static final String TOKEN = "xxxxyyyy";

    private AppWebhooks() {
    }

    /** Sends the callback commands to {@code url}, signed with {@link #TOKEN}. */
    static void switchOn(EmulatorHttp http, String url, String... callbackCommands) {
        ok(http.call(SpecExamples.operation("setCallback"), json("Url", url, "CallbackCommandList", List.of(callbackCommands))));
        ok(http.call(SpecExamples.operation("setCallbackToken"), json("Token", TOKEN, "IsTokenEnable", true)));
    }
}
