package io.sipush.ppg.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real PPG on Open Liberty, as the build installed it ({@code liberty:create} and {@code
 * liberty:deploy} in the package phase), or another installation ({@link #create(String, Map,
 * Path)}, such as the unpacked server package), started by the tests with their own variables
 * and output directory so that each start has a fresh database and logs of its own. A variable
 * {@code WLP_USER_DIR} points the start and stop scripts at a server configuration of its own.
 */
public final class PpgServer implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final String name;
    private final Map<String, String> env;
    private final Path outputDir;
    private final Path wlpDir;
    private Process process;
    private Thread reaper = new Thread(() -> {});

    private PpgServer(String name, Map<String, String> env, Path wlpDir) {
        this.name = name;
        this.env = env;
        this.wlpDir = wlpDir;
        this.outputDir = Path.of(System.getProperty("ppg.it.output.dir", "target/it-servers"), name);
    }

    public static PpgServer create(String name, Map<String, String> variables) {
        return create(name, variables, Path.of(System.getProperty("ppg.wlp.dir", "target/liberty/wlp")));
    }

    /** A server of the Liberty installation in {@code wlpDir} (its {@code bin/server}). */
    public static PpgServer create(String name, Map<String, String> variables, Path wlpDir) {
        Map<String, String> env = new HashMap<>(variables);
        env.putIfAbsent("PPG_HTTP_PORT", Integer.toString(ItPorts.http(0)));
        env.putIfAbsent("PPG_SIP_PORT", Integer.toString(ItPorts.sip(0)));
        // appSecurity brings ssl-1.0, so HTTPS listens too: 10 above HTTP, never 9443 for all.
        env.putIfAbsent("PPG_HTTPS_PORT", Integer.toString(Integer.parseInt(env.get("PPG_HTTP_PORT")) + 10));
        return new PpgServer(name, env, wlpDir);
    }

    /** Starts the server on a fresh database and waits until the PPG answers. */
    public PpgServer startFresh() throws IOException, InterruptedException {
        stopLeftover();
        deleteRecursively(outputDir);
        return start();
    }

    /** Starts the server on whatever database a previous run left. */
    public PpgServer start() throws IOException, InterruptedException {
        Files.createDirectories(outputDir);
        ProcessBuilder builder = new ProcessBuilder(serverScript().toString(), "run", serverName());
        builder.environment().putAll(env);
        builder.environment().put("WLP_OUTPUT_DIR", outputDir.toAbsolutePath().toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(outputDir
                .resolve("console-" + Instant.now().toEpochMilli() + ".out")
                .toFile());
        process = builder.start();
        List<ProcessHandle> started = List.of(process.toHandle());
        reaper = new Thread(() -> {
            started.forEach(p -> p.descendants().forEach(ProcessHandle::destroyForcibly));
            started.forEach(ProcessHandle::destroyForcibly);
        });
        Runtime.getRuntime().addShutdownHook(reaper); // no server outlives the test JVM
        awaitReady();
        return this;
    }

    /** Stops the server the way an operator would. */
    public void stop() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        ProcessBuilder builder = stopCommand();
        List<ProcessHandle> tree = processTree();
        builder.start().waitFor();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
        tree.forEach(ProcessHandle::destroyForcibly); // whatever outlived the stop command
        process = null;
        Runtime.getRuntime().removeShutdownHook(reaper);
    }

    /** kill -9 of the server JVM and the script that started it. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = processTree();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().join();
        }
        process = null;
        Runtime.getRuntime().removeShutdownHook(reaper);
    }

    private List<ProcessHandle> processTree() {
        return Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .toList();
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    public URI papUri() {
        return URI.create("http://127.0.0.1:" + env.get("PPG_HTTP_PORT") + "/ppg/pap");
    }

    /** The server's HTTPS port (PPG_HTTPS_PORT); it listens only when a keystore password is set. */
    public int httpsPort() {
        return Integer.parseInt(env.get("PPG_HTTPS_PORT"));
    }

    /** The keystore with the self-signed certificate Liberty made on the first start. */
    public Path keystore() {
        return outputDir.resolve(serverName()).resolve("resources/security/key.p12");
    }

    public int sipPort() {
        return Integer.parseInt(env.get("PPG_SIP_PORT"));
    }

    /** The server's JVM (the start script itself or a descendant running java), for jcmd. */
    public java.util.Optional<ProcessHandle> jvm() {
        if (process == null) {
            return java.util.Optional.empty();
        }
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(h -> h.info().command().orElse("").endsWith("/java"))
                .findFirst();
    }

    public Path messagesLog() {
        return outputDir.resolve(serverName()).resolve("logs/messages.log");
    }

    /** The embedded Derby database of a server on the default PPG_DB (open it only while stopped). */
    public Path derbyDatabase() {
        return outputDir.resolve(serverName()).resolve("data/ppgdb").toAbsolutePath();
    }

    /** A server that an earlier, interrupted run left on this output directory is stopped. */
    private void stopLeftover() throws IOException, InterruptedException {
        if (!Files.exists(outputDir)) {
            return;
        }
        stopCommand().start().waitFor(90, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** {@code server stop}, for the same output directory and server configuration. */
    private ProcessBuilder stopCommand() {
        ProcessBuilder builder = new ProcessBuilder(serverScript().toString(), "stop", serverName());
        builder.environment().put("WLP_OUTPUT_DIR", outputDir.toAbsolutePath().toString());
        if (env.containsKey("WLP_USER_DIR")) {
            builder.environment().put("WLP_USER_DIR", env.get("WLP_USER_DIR"));
        }
        return builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

    private void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the PPG server exited during start; see " + outputDir);
            }
            if (applicationStarted() && papAnswers(http)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the PPG did not start within " + START_TIMEOUT + "; see " + outputDir);
    }

    private boolean applicationStarted() throws IOException {
        Path log = messagesLog();
        return Files.exists(log)
                && Files.readString(log, StandardCharsets.UTF_8).contains("CWWKZ0001I");
    }

    private boolean papAnswers(HttpClient http) throws InterruptedException {
        try {
            HttpRequest probe = HttpRequest.newBuilder(papUri())
                    .timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 401;
        } catch (IOException e) {
            return false;
        }
    }

    private String serverName() {
        return System.getProperty("ppg.server.name", "ppg");
    }

    private Path serverScript() {
        return wlpDir.resolve("bin").resolve("server");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public String toString() {
        return "PPG server " + name;
    }
}
