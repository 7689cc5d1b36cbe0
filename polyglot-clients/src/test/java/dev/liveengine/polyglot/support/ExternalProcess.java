package dev.liveengine.polyglot.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs an external tool (node, python3, gofmt) with a time limit and collects what it printed. */
public final class ExternalProcess {

    /** How long to wait for the output of a process that was killed or has just exited. */
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private ExternalProcess() {}

    /**
     * The outcome of a finished process.
     *
     * @param output standard output and standard error, interleaved as the process wrote them
     */
    public record Result(List<String> command, int exitCode, String output, Duration elapsed) {

        /** Command line, exit code, time and output, for assertion messages. The environment is left out on purpose. */
        public String describe() {
            return String.join(" ", command) + " exited with " + exitCode + " after " + elapsed.toMillis()
                    + " ms; output:\n" + (output.isBlank() ? "(none)" : output);
        }
    }

    /**
     * Runs {@code command} in {@code workingDirectory} with the current environment plus {@code extraEnvironment}
     * (the place for credentials: unlike arguments they do not show up in {@link Result#describe()}).
     *
     * @throws AssertionError when the process cannot be started or does not finish within {@code timeout}
     *     (it is then killed, with its children)
     */
    public static Result run(Path workingDirectory, Duration timeout, Map<String, String> extraEnvironment,
            List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(extraEnvironment);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("could not start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
        closeStandardInput(process);
        CompletableFuture<String> output = readAllInBackground(process.getInputStream(), command.get(0));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                        + " s and was killed; output so far:\n" + drain(output));
            }
            return new Result(List.copyOf(command), process.exitValue(), drain(output),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("interrupted while waiting for " + String.join(" ", command), e);
        }
    }

    /** The executable {@code name} on the {@code PATH}, if there is one. */
    public static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The tools get no input: a closed stdin makes one that reads it see the end at once instead of hanging. */
    private static void closeStandardInput(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // nothing was written, nothing to lose
        }
    }

    private static CompletableFuture<String> readAllInBackground(InputStream stream, String name) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                result.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                result.completeExceptionally(new UncheckedIOException(e));
            }
        }, "output of " + name);
        reader.setDaemon(true);
        reader.start();
        return result;
    }

    private static String drain(CompletableFuture<String> output) throws InterruptedException {
        try {
            return output.get(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return "(output could not be read: " + e.getCause() + ")";
        } catch (TimeoutException e) {
            return "(output still open " + DRAIN.toSeconds() + " s after the process ended)";
        }
    }
}
