package dev.liveengine.benchmarks;

import dev.liveengine.emulator.EmulatorSettings;
import dev.liveengine.usersig.AppSecret;
import dev.liveengine.usersig.UserSigSigner;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Target 2: from launching a cold JVM with the emulator jar to the first request it answers with
 * {@code ActionStatus: OK} (a real, signed get_gift_count). The probe polls on a raw socket every
 * millisecond, so its own overhead stays out of the figure.
 *
 * <p>Usage: {@code ColdStartProbe <emulator.jar> <runs> [jvm flags...]}
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        int runs = Integer.parseInt(args[1]);
        List<String> jvmFlags = Arrays.asList(args).subList(2, args.length);
        String userSig = new UserSigSigner(EmulatorSettings.DEFAULT_SDKAPPID,
                AppSecret.of(EmulatorSettings.DEVELOPMENT_SECRET_KEY), Clock.systemUTC())
                .sign(EmulatorSettings.DEFAULT_ADMIN, Duration.ofHours(1));
        List<Long> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            millis.add(oneStart(jar, jvmFlags, userSig));
            System.out.println("run " + (run + 1) + ": " + millis.get(run) + " ms");
        }
        Collections.sort(millis);
        System.out.println("cold start to first OK: min " + millis.get(0) + " ms, median " + millis.get(runs / 2)
                + " ms, max " + millis.get(runs - 1) + " ms (" + runs + " runs, flags " + jvmFlags + ")");
    }

    private static long oneStart(String jar, List<String> jvmFlags, String userSig) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar, "--port", Integer.toString(port)));
        // a command that succeeds on an empty emulator: the first OK is the first answered request
        String body = "{\"Next\":\"\",\"Count\":20}";
        byte[] request = ("POST /v4/live_engine_http_srv/get_room_list?sdkappid=" + EmulatorSettings.DEFAULT_SDKAPPID
                + "&identifier=" + EmulatorSettings.DEFAULT_ADMIN + "&usersig=" + userSig
                + "&random=1&contenttype=json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        Process emulator = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = start + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                if (answeredOk(port, request)) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
                Thread.sleep(1);
            }
            throw new IllegalStateException("the emulator did not answer within 30 s");
        } finally {
            emulator.destroy();
            emulator.waitFor();
        }
    }

    private static boolean answeredOk(int port, byte[] request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"ActionStatus\":\"OK\"");
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
