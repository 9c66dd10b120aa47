package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.message.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The warm-up at start (issue 12 item 6): with {@code PPG_WARMUP_PUSHES} the PPG pushes to itself
 * through its own PAP endpoint and SIP servlet before {@code /health/ready} reports up, and leaves
 * nothing of it behind: no account, no push, no terminal.
 *
 * <p>Process helper ({@link PpgServer}), not Arquillian: the warm-up runs once, when the server
 * starts, and the other servers of the run start without it to keep the suite short
 * (docs/testing.md).
 */
class WarmStartIT {
    private static final int PUSHES = 400;
    private static final String PI = "warm-pi";
    private static final String PASSWORD = "warm-pi-password";
    private static final String ADMIN_PASSWORD = "warm-admin-password";
    private static PpgServer server;
    private static ServerEndpoints.Reply ready;

    @BeforeAll
    static void start() throws Exception {
        server = PpgServer.create(
                        "warm-start",
                        Map.of(
                                "PPG_HTTP_PORT", Integer.toString(ItPorts.http(3)),
                                "PPG_SIP_PORT", Integer.toString(ItPorts.sip(3)),
                                "PPG_BOOTSTRAP_PI", PI + ":" + PASSWORD,
                                "PPG_ADMIN_PASSWORD", ADMIN_PASSWORD,
                                "PPG_WARMUP_PUSHES", Integer.toString(PUSHES)))
                .startFresh();
        ServerEndpoints endpoints = new ServerEndpoints(ItPorts.http(3), ItPorts.http(3) + 10);
        ready = endpoints.http("/health/ready");
        for (int i = 0; i < 240 && ready.status() != 200; i++) {
            Thread.sleep(500);
            ready = endpoints.http("/health/ready");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void the_ppg_pushes_to_itself_through_pap_and_sip_before_it_reports_ready() throws Exception {
        assertThat(ready.status()).as("/health/ready after the warm-up").isEqualTo(200);
        Matcher line = Pattern.compile("Push warm-up: " + PUSHES
                        + " pushes to the PPG itself \\(PAP answers \\{1001=(\\d+)(, 4001=\\d+)?\\}\\),"
                        + " (\\d+) MESSAGEs answered, (\\d+) pushes removed")
                .matcher(Files.readString(server.messagesLog(), StandardCharsets.UTF_8));

        assertThat(line.find()).as("the warm-up's line in messages.log").isTrue();
        int accepted = Integer.parseInt(line.group(1));
        assertThat(accepted)
                .as("warm-up pushes answered 1001 (the rest, if any, 4001 while cold)")
                .isPositive();
        assertThat(Integer.parseInt(line.group(3)))
                .as("their MESSAGEs answered")
                .isEqualTo(accepted);
        assertThat(Integer.parseInt(line.group(4))).as("their pushes removed").isEqualTo(accepted);
    }

    @Test
    void the_warm_up_leaves_no_account_no_push_and_no_terminal_behind() throws Exception {
        assertThat(ready.status()).as("/health/ready after the warm-up").isEqualTo(200);
        AdminClient admin = new AdminClient(server, "admin", ADMIN_PASSWORD);

        AdminClient.Reply accounts = admin.get("push-initiators");
        AdminClient.Reply pushes = admin.get("pushes?pushId=" + URLEncoder.encode("warm-up-", StandardCharsets.UTF_8));
        AdminClient.Reply terminals = admin.get("terminals?address=ppg-warm-up");

        assertThat(accounts.status()).isEqualTo(200);
        assertThat(accounts.body()).contains(PI).doesNotContain("ppg-warm-up");
        assertThat(pushes.status()).isEqualTo(200);
        assertThat(pushes.body()).doesNotContain("warm-up-");
        assertThat(terminals.status()).isEqualTo(200);
        assertThat(terminals.body()).doesNotContain("ppg-warm-up");
    }

    @Test
    void a_message_from_outside_to_a_warm_up_user_gets_404_once_the_warm_up_is_over() throws Exception {
        assertThat(ready.status()).as("/health/ready after the warm-up").isEqualTo(200);
        try (RawSip outsider = new RawSip("127.0.0.1", ItPorts.terminal(97))) {
            String target = "sip:ppg-warm-up-x-0@127.0.0.1:" + server.sipPort();
            outsider.send(
                    "MESSAGE " + target + " SIP/2.0\r\n"
                            + "Via: SIP/2.0/UDP 127.0.0.1:" + outsider.port() + ";branch=z9hG4bK-warm-"
                            + System.nanoTime()
                            + "\r\n"
                            + "Max-Forwards: 70\r\n"
                            + "From: <sip:outsider@example.org>;tag=1\r\n"
                            + "To: <" + target + ">\r\n"
                            + "Call-ID: warm-outsider-" + System.nanoTime() + "\r\n"
                            + "CSeq: 1 MESSAGE\r\n"
                            + "Content-Type: text/plain\r\n"
                            + "Content-Length: 2\r\n\r\nhi",
                    server.sipPort());

            assertThat(outsider.finalStatus(10_000)).isEqualTo(404);
        }
    }

    @Test
    void a_push_after_the_warm_up_leaves_the_container_for_the_registered_terminal() throws Exception {
        assertThat(ready.status()).as("/health/ready after the warm-up").isEqualTo(200);
        byte[] content = {4, 2};
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(96), "127.0.0.1:" + server.sipPort())) {
            terminal.register("sip:after-warm-up@ims.example.org", 600, "syncml.dm");

            PapClient.Reply reply = new PapClient(server.papUri(), PI, PASSWORD)
                    .push(
                            PushMessage.builder(PapVersion.V2_1, FirstPushIT.uniquePushId())
                                    .address(PushAddress.parse(
                                            "WAPPUSH=sip%3Aafter-warm-up%40ims.example.org/TYPE=USER"))
                                    .build(),
                            "text/plain",
                            content,
                            PushApplicationId.parse("syncml.dm"),
                            false);
            Request message = terminal.nextMessage(20);

            assertThat(reply.httpStatus()).isEqualTo(202);
            assertThat(message).as("the MESSAGE at the terminal").isNotNull();
            assertThat(message.getRawContent()).isEqualTo(content);
        }
    }
}
