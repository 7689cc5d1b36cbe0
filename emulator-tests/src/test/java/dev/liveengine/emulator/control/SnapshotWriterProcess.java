package dev.liveengine.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.emulator.LiveEngineEmulator;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The process {@link SnapshotKillTest} kills: an emulator that writes its state file again and
 * again, each time with a new version of the state, saying on standard output when a write starts
 * and when it has ended. Run as {@code java -cp <test classpath> ... SnapshotWriterProcess FILE}.
 */
public final class SnapshotWriterProcess {

    /**
     * Accounts in every version: enough (a 2 MB file) that writing one takes longer than a signal
     * takes to arrive, so that a kill sent as a write starts lands inside it.
     */
    private static final int ACCOUNTS = 20_000;

    static final String WRITING = "writing ";
    static final String WROTE = "wrote ";

    private SnapshotWriterProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        PrintStream out = System.out;
        try (LiveEngineEmulator emulator = LiveEngineEmulator.start(EmulatorSettings.builder().port(0).build())) {
            for (long version = 1; ; version++) {
                emulator.control().importState(version(version));
                out.println(WRITING + version);
                out.flush();
                emulator.control().writeState(file);
                out.println(WROTE + version);
                out.flush();
            }
        }
    }

    /** Version {@code n} of the state: the same accounts, each with a nickname that says {@code n}. */
    static JsonNode version(long n) {
        ObjectNode snapshot = JsonNodeFactory.instance.objectNode().put("Version", 1);
        ArrayNode accounts = snapshot.putObject("Stores").putObject("account").putArray("Accounts");
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.addObject().put("UserId", "user" + i).put("Online", false)
                    .putObject("Profile").put("Tag_Profile_IM_Nick", "version " + n);
        }
        return snapshot;
    }

    private static final String NICK = "/Stores/account/Accounts/0/Profile/Tag_Profile_IM_Nick";

    /** Whether {@code state} carries the nickname every account of {@link #version} has. */
    static boolean hasVersion(JsonNode state) {
        return state.at(NICK).asText().startsWith("version ");
    }

    /** The version a state holds, from that nickname. */
    static long versionOf(JsonNode state) {
        return Long.parseLong(state.at(NICK).asText().substring("version ".length()));
    }
}
