package dev.liveengine.emulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM of its own for a main class of the test classpath, as a user's process would be: for tests
 * that must kill it, or read everything it prints.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** What starts {@code main} with {@code jvmOptions} and {@code args}, on this JVM's Java and classpath. */
    public static ProcessBuilder of(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
