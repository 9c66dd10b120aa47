package io.sipush.ppg.bench;

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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bare container: the same Liberty installation and JVM options as the PPG, with only
 * servlet-4.0 and sipServlet-1.1 and a minimal WAR (io.sipush.ppg.bench.bare, built here from the
 * test classes) that sends MESSAGEs to the SIPp terminals. Its server lives in a user directory
 * of its own under target/bench, so the PPG's installed server is left as it is.
 */
final class BareContainer implements AutoCloseable {
    private static final String SERVER = "bare";
    private static final String BARE_PACKAGE = "io/sipush/ppg/bench/bare";

    private final BenchConfig config;
    private final Path userDir;
    private final Path outputDir;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private Process process;

    private BareContainer(BenchConfig config) {
        this.config = config;
        this.userDir = config.dir().resolve("bare-usr");
        this.outputDir = config.dir().resolve("bare-out");
    }

    static BareContainer install(BenchConfig config) throws IOException {
        BareContainer bare = new BareContainer(config);
        deleteRecursively(bare.userDir);
        deleteRecursively(bare.outputDir);
        Path server = bare.userDir.resolve("servers").resolve(SERVER);
        Files.createDirectories(server.resolve("apps"));
        Path ppgJvmOptions = config.wlp().resolve("usr/servers/ppg/jvm.options");
        if (Files.exists(ppgJvmOptions)) {
            Files.copy(ppgJvmOptions, server.resolve("jvm.options"));
        }
        Files.writeString(server.resolve("server.xml"), serverXml(config), StandardCharsets.UTF_8);
        bare.writeWar(server.resolve("apps/bare.war"));
        return bare;
    }

    private static String serverXml(BenchConfig config) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by PpgBenchmark: the bare container, for the PPG/bare MESSAGE-rate ratio. -->
                <server description="bare SIP container for the PPG benchmark">
                  <featureManager>
                    <feature>servlet-4.0</feature>
                    <feature>sipServlet-1.1</feature>
                  </featureManager>
                  <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1" httpPort="%d" httpsPort="-1"
                                protocolVersion="http/1.1"/>
                  <sipEndpoint id="defaultSipEndpoint" host="127.0.0.1"
                               sipTCPPort="%d" sipUDPPort="%d" sipTLSPort="-1"/>
                  <sipApplicationRouter sipNoRouteErrorCode="404"/>
                  <webApplication id="bare" location="bare.war" name="bare" contextRoot="/bare"/>
                  <applicationManager autoExpand="true"/>
                  <logging consoleLogLevel="INFO"/>
                </server>
                """.formatted(config.bareHttpPort(), config.bareSipPort(), config.bareSipPort());
    }

    private void writeWar(Path war) throws IOException {
        Path classes = config.testClasses().resolve(BARE_PACKAGE);
        Path descriptors = config.basedir().resolve("it/bench-bare");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war));
                Stream<Path> files = Files.list(classes)) {
            entry(zip, "WEB-INF/web.xml", Files.readAllBytes(descriptors.resolve("web.xml")));
            entry(zip, "WEB-INF/sip.xml", Files.readAllBytes(descriptors.resolve("sip.xml")));
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                entry(zip, "WEB-INF/classes/" + BARE_PACKAGE + "/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(outputDir);
        ProcessBuilder builder = server("run");
        builder.redirectErrorStream(true)
                .redirectOutput(outputDir.resolve("console.out").toFile());
        process = builder.start();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bare server exited during start; see " + outputDir);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the bare server did not start; see " + outputDir);
    }

    private boolean ready() throws InterruptedException {
        try {
            return get("").statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** One run; the servlet's answer, e.g. {@code sent=… ok=… other=… elapsedMs=…}. */
    String run(String kind, int seconds, int window, int terminals, int threads)
            throws IOException, InterruptedException {
        String query = "?seconds=%d&window=%d&terminals=%d&threads=%d&kind=%s&contact=127.0.0.1:%d"
                .formatted(seconds, window, terminals, threads, kind, config.uasPort());
        HttpResponse<String> response = get(query);
        return response.body().trim();
    }

    private HttpResponse<String> get(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + config.bareHttpPort() + "/bare/run" + query))
                .timeout(Duration.ofSeconds(300))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    Optional<ProcessHandle> jvm() {
        if (process == null) {
            return Optional.empty();
        }
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(h -> h.info().command().orElse("").endsWith("/java"))
                .findFirst();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        server("stop")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                    .toList();
            all.forEach(ProcessHandle::destroyForcibly);
        }
        process = null;
    }

    private ProcessBuilder server(String action) {
        ProcessBuilder builder =
                new ProcessBuilder(config.wlp().resolve("bin/server").toString(), action, SERVER);
        builder.environment().put("WLP_USER_DIR", userDir.toString());
        builder.environment().put("WLP_OUTPUT_DIR", outputDir.toString());
        return builder;
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
}
