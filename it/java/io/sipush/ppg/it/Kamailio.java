package io.sipush.ppg.it;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Kamailio (Debian package {@code kamailio}) as the SIP/IP core of a test, with the configuration
 * in {@code it/kamailio/}: started in the foreground as a child of the test, on a loopback port,
 * with its pid file, runtime directory and log under {@code target/kamailio/}.
 */
public final class Kamailio implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final int port;
    private final Path workDir;
    private final Process process;
    private final Thread reaper;

    private Kamailio(int port, Path workDir, Process process) {
        this.port = port;
        this.workDir = workDir;
        this.process = process;
        this.reaper = new Thread(this::kill);
    }

    /**
     * Starts Kamailio on UDP and TCP {@code 127.0.0.1:port}, replicating REGISTERs to {@code
     * ppgUri}, with {@code homeDomain} as its own domain, and waits until it answers OPTIONS.
     */
    public static Kamailio start(int port, String ppgUri, String homeDomain) throws IOException, InterruptedException {
        return start("kamailio.cfg", port, homeDomain, Map.of("PPG_URI", ppgUri));
    }

    /**
     * Starts Kamailio with the configuration {@code it/kamailio/<config>} on UDP and TCP {@code
     * 127.0.0.1:port}, with {@code homeDomain} as its own domain and each of {@code defines} as a
     * string define ({@code -A NAME="value"}), and waits until it answers OPTIONS.
     */
    public static Kamailio start(String config, int port, String homeDomain, Map<String, String> defines)
            throws IOException, InterruptedException {
        Path workDir = Path.of(System.getProperty("kamailio.work.dir", "target/kamailio"), "core-" + port)
                .toAbsolutePath();
        Path runDir = workDir.resolve("run");
        Files.createDirectories(runDir);
        Path configFile = Path.of(System.getProperty("basedir", "."), "it", "kamailio", config)
                .toAbsolutePath();
        String address = "127.0.0.1:" + port;
        List<String> command = new ArrayList<>(List.of(
                binary(),
                "-f",
                configFile.toString(),
                "-DD", // no daemon: the test's child
                "-E", // log to stderr, which goes to the log file
                "-Y",
                runDir.toString(),
                "-P",
                runDir.resolve("kamailio.pid").toString(),
                "-w",
                workDir.toString(),
                "-m",
                "32",
                "-M",
                "8",
                "-l",
                "udp:" + address,
                "-l",
                "tcp:" + address,
                "--alias=" + homeDomain));
        defines.forEach((name, value) -> command.addAll(List.of("-A", name + "=\"" + value + "\"")));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        builder.redirectOutput(workDir.resolve("kamailio.log").toFile());
        Kamailio kamailio = new Kamailio(port, workDir, builder.start());
        Runtime.getRuntime().addShutdownHook(kamailio.reaper); // none outlives the test JVM
        kamailio.awaitReady();
        return kamailio;
    }

    /** The binary: {@code -Dkamailio.bin}, else {@code /usr/sbin/kamailio}, else from the PATH. */
    private static String binary() {
        String configured = System.getProperty("kamailio.bin");
        if (configured != null) {
            return configured;
        }
        if (Files.isExecutable(Path.of("/usr/sbin/kamailio"))) {
            return "/usr/sbin/kamailio";
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "kamailio"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toString)
                .orElseThrow(() -> new IllegalStateException(
                        "kamailio not found: install the Debian package kamailio (.ci/run does)"));
    }

    /** Its SIP URI, as PPG_SIP_OUTBOUND_PROXY names it. */
    public String uri() {
        return "sip:127.0.0.1:" + port;
    }

    public String hostPort() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return workDir.resolve("kamailio.log");
    }

    /** Its log so far, for a test that failed. */
    public String log() {
        try {
            return Files.readString(logFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no Kamailio log: " + e + ")";
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kamailio exited at start:\n" + log());
            }
            if (answersOptions()) {
                return;
            }
            Thread.sleep(200);
        }
        kill();
        throw new IllegalStateException("Kamailio did not answer within " + START_TIMEOUT + ":\n" + log());
    }

    /** A keep-alive OPTIONS over UDP, answered 200 by the configuration. */
    private boolean answersOptions() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(500);
            String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
            String options = "OPTIONS sip:" + hostPort() + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + socket.getLocalPort() + ";branch=" + branch + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:probe@127.0.0.1>;tag=probe\r\n"
                    + "To: <sip:" + hostPort() + ">\r\n"
                    + "Call-ID: " + branch + "@127.0.0.1\r\n"
                    + "CSeq: 1 OPTIONS\r\n"
                    + "Content-Length: 0\r\n\r\n";
            byte[] bytes = options.getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
            return new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII)
                    .startsWith("SIP/2.0 200");
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /** SIGTERM (Kamailio stops its children), then SIGKILL for whatever is left. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .toList();
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().removeShutdownHook(reaper);
    }

    private void kill() {
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public String toString() {
        return "Kamailio on " + hostPort();
    }
}
