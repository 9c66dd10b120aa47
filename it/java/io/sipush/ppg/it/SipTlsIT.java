package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PushApplicationId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIP over TLS (RFC 3261 §26.2; docs/sip-tls.md): a PPG with {@code PPG_SIP_TLS_KEYSTORE} set
 * listens for TLS on {@code PPG_SIP_TLS_PORT}; a JAIN-SIP terminal that speaks only TLS registers
 * there with a {@code transport=tls} contact and gets its push as a MESSAGE over TLS. The key pair
 * is made at test time with the JDK's keytool; both ends trust its certificate. A server of its
 * own (process helper): the TLS settings are start-time settings of Liberty's SIP endpoint.
 */
class SipTlsIT {
    private static final String PASSWORD = "tls-test-secret";
    private static final Duration OUTCOME = Duration.ofSeconds(30);

    private static Path keystore;
    private static PpgServer server;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Path.of(System.getProperty("ppg.it.output.dir", "target/it-servers"), "tls-keys");
        Files.createDirectories(dir);
        keystore = dir.resolve("sip-tls.p12");
        Files.deleteIfExists(keystore);
        keytool(keystore);
        server = PpgServer.create(
                        "tls",
                        Map.of(
                                "PPG_HTTP_PORT", Integer.toString(ItPorts.http(9)),
                                "PPG_SIP_PORT", Integer.toString(ItPorts.sip(9)),
                                "PPG_SIP_TLS_PORT", Integer.toString(ItPorts.sipTls()),
                                "PPG_SIP_TLS_KEYSTORE",
                                        keystore.toAbsolutePath().toString(),
                                "PPG_SIP_TLS_KEYSTORE_PASSWORD", PASSWORD,
                                "PPG_BOOTSTRAP_PI", SharedPpg.PI_NAME + ":" + SharedPpg.PI_PASSWORD))
                .startFresh();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_terminal_registered_over_tls_gets_its_push_over_tls() throws Exception {
        try (SipTerminal terminal =
                SipTerminal.startTls(ItPorts.terminal(95), "127.0.0.1:" + ItPorts.sipTls(), keystore, PASSWORD)) {
            assertThat(terminal.register("sip:secure@ims.example.org", 600, "syncml.dm")
                            .getStatusCode())
                    .as("REGISTER over TLS")
                    .isEqualTo(200);
            String pushId = FirstPushIT.uniquePushId();
            PapClient pi = new PapClient(server.papUri(), SharedPpg.PI_NAME, SharedPpg.PI_PASSWORD);

            PapClient.Reply reply = pi.push(
                    FirstPushIT.push(pushId, "WAPPUSH=sip%3Asecure%40ims.example.org/TYPE=USER"),
                    "application/vnd.syncml.notification",
                    new byte[] {0x53},
                    PushApplicationId.parse("syncml.dm"),
                    false);

            assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(202);
            Request message = terminal.nextMessage(20);
            assertThat(message).as("MESSAGE at the TLS terminal").isNotNull();
            assertThat(((ViaHeader) message.getHeader(ViaHeader.NAME)).getTransport())
                    .isEqualToIgnoringCase("TLS");
            assertThat(message.getRawContent()).containsExactly(0x53);
            assertThat(Status.awaitState(pi, pushId, MessageState.DELIVERED, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
        }
    }

    /** A self-signed key pair for 127.0.0.1, made with the keytool of the JDK running the tests. */
    private static void keytool(Path target) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(List.of(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        "sip",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "san=ip:127.0.0.1,dns:localhost",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        target.toAbsolutePath().toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
