package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;

/**
 * What operators deploy (README "Deploy"): the server package {@code target/ppg-server.zip} that
 * {@code mvn package} makes, unpacked into a directory of its own and started with its own
 * {@code bin/server run ppg}, takes a push over PAP and sends the MESSAGE to a registered terminal.
 *
 * <p>The process helper, not Arquillian: what is tested is the zip's own Liberty and server
 * configuration, not a deployment into the build's server.
 */
class ServerPackageIT {
    private static final String PI = "dm-server";
    private static final String PI_PASSWORD = "package-secret";

    @Test
    void unpacked_server_package_accepts_a_push_and_delivers_it_as_a_sip_message() throws Exception {
        Path wlp = unpack(Path.of(System.getProperty("ppg.server.package", "target/ppg-server.zip")));
        try (PpgServer server = PpgServer.create(
                                "packaged",
                                Map.of(
                                        "PPG_HTTP_PORT", Integer.toString(ItPorts.spare(10)),
                                        "PPG_HTTPS_PORT", Integer.toString(ItPorts.spare(11)),
                                        "PPG_SIP_PORT", Integer.toString(ItPorts.spare(12)),
                                        "PPG_BOOTSTRAP_PI", PI + ":" + PI_PASSWORD),
                                wlp)
                        .startFresh();
                SipTerminal terminal = SipTerminal.start(ItPorts.spare(13), "127.0.0.1:" + server.sipPort())) {
            assertThat(terminal.register("sip:erin@ims.example.org", 600, "syncml.dm")
                            .getStatusCode())
                    .isEqualTo(200);
            PapClient pi = new PapClient(server.papUri(), PI, PI_PASSWORD);
            String pushId = FirstPushIT.uniquePushId();
            byte[] content = {7, 8, 9};

            PapClient.Reply reply = pi.push(
                    FirstPushIT.push(pushId, "WAPPUSH=sip%3Aerin%40ims.example.org/TYPE=USER"),
                    "application/vnd.syncml.notification",
                    content,
                    PushApplicationId.parse("x-wap-application:syncml.dm"),
                    false);

            assertThat(reply.httpStatus()).isEqualTo(202);
            assertThat(((PushResponse) reply.pap()).code()).isEqualTo(StatusCode.ACCEPTED_FOR_PROCESSING);
            Request message = terminal.nextMessage(20);
            assertThat(message).as("MESSAGE at the terminal").isNotNull();
            assertThat(message.getRawContent()).isEqualTo(content);
            assertThat(Status.awaitState(pi, pushId, MessageState.DELIVERED, Duration.ofSeconds(20))
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
        }
    }

    /** Unpacks the zip under target/ and returns its {@code wlp} directory, scripts executable. */
    private static Path unpack(Path zip) throws IOException {
        assertThat(zip).as("the server package of mvn package").exists();
        Path dir = Path.of(System.getProperty("ppg.it.output.dir", "target/it-servers"), "server-package");
        deleteRecursively(dir);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                extract(in, entry, dir);
            }
        }
        Path wlp = dir.resolve("wlp");
        try (Stream<Path> bin = Files.walk(wlp.resolve("bin"))) {
            bin.filter(Files::isRegularFile).forEach(f -> f.toFile().setExecutable(true));
        }
        return wlp;
    }

    private static void extract(InputStream in, ZipEntry entry, Path dir) throws IOException {
        Path target = dir.resolve(entry.getName()).normalize();
        if (!target.startsWith(dir)) {
            throw new IOException("zip entry outside the directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
        } else {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        }
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
