package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.message.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two PPG instances on one PostgreSQL act as one PPG (docs/cluster.md): they split the terminal
 * partitions between them and say so on {@code /health/ready}; a push accepted at one instance
 * for a terminal registered at the other goes out once; a terminal that moves its contact through
 * one instance gets the next push, from whichever instance sends it, at the new contact.
 */
class SharedStoreIT {
    private static final String PI = "shared-pi";
    private static final String PI_PASSWORD = "shared-pi-password";
    private static final String DB_PASSWORD = "pg-secret-for-tests";
    private static final Duration OUTCOME = Duration.ofSeconds(30);
    private static final Pattern OWNED = Pattern.compile("\"partitions-owned\"\\s*:\\s*(\\d+)");

    private static PostgresCluster postgres;
    private static PpgServer first;
    private static PpgServer second;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresCluster.start(ItPorts.postgres());
        postgres.createDatabase("ppg", DB_PASSWORD);
        first = instance("shared-1", 85, 86);
        second = instance("shared-2", 87, 88);
        first.startFresh();
        second.startFresh();
    }

    /** An instance on ports of the terminal range, which no other test server uses. */
    private static PpgServer instance(String name, int http, int sip) {
        return PpgServer.create(
                name,
                Map.of(
                        "PPG_HTTP_PORT",
                        Integer.toString(ItPorts.terminal(http)),
                        "PPG_HTTPS_PORT",
                        Integer.toString(ItPorts.terminal(http) + 10),
                        "PPG_SIP_PORT",
                        Integer.toString(ItPorts.terminal(sip)),
                        "PPG_INSTANCE_ID",
                        name,
                        "PPG_BOOTSTRAP_PI",
                        PI + ":" + PI_PASSWORD,
                        "PPG_DB",
                        postgres.jdbcUrl("ppg"),
                        "PPG_DB_USER",
                        "ppg",
                        "PPG_DB_PASSWORD",
                        DB_PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        for (PpgServer server : new PpgServer[] {first, second}) {
            if (server != null) {
                server.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void the_instances_split_the_partitions_and_report_them_on_health_ready() throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        int firstOwns = -1;
        int secondOwns = -1;
        while (Instant.now().isBefore(deadline)) {
            firstOwns = owned(first);
            secondOwns = owned(second);
            if (firstOwns > 0 && secondOwns > 0 && firstOwns + secondOwns == 64) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(firstOwns).as("partitions owned by shared-1").isPositive();
        assertThat(secondOwns).as("partitions owned by shared-2").isPositive();
        assertThat(firstOwns + secondOwns).isEqualTo(64);
        ServerEndpoints.Reply ready = endpoints(first).http("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"instance\"").contains("shared-1");
        assertThat(first.messagesLog()).content().contains("instance=shared-1");
    }

    @Test
    void a_push_accepted_at_one_instance_for_a_terminal_registered_at_the_other_goes_out_once() throws Exception {
        String pushId = FirstPushIT.uniquePushId();
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(90), "127.0.0.1:" + second.sipPort())) {
            assertThat(terminal.register("sip:shared-bob@ims.example.org", 600, "syncml.dm")
                            .getStatusCode())
                    .isEqualTo(200);

            PapClient.Reply reply = pi(first)
                    .push(
                            push(pushId, "sip%3Ashared-bob%40ims.example.org"),
                            "text/plain",
                            new byte[] {7},
                            PushApplicationId.parse("syncml.dm"),
                            false);
            assertThat(reply.httpStatus()).isEqualTo(202);

            assertThat(terminal.nextMessage(30)).as("the MESSAGE").isNotNull();
            assertThat(Status.awaitState(pi(second), pushId, MessageState.DELIVERED, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
            assertThat(terminal.nextMessage(3)).as("a second copy").isNull();
        }
    }

    @Test
    void a_terminal_that_moves_its_contact_through_the_other_instance_gets_the_next_push_there() throws Exception {
        String aor = "sip:shared-carol@ims.example.org";
        try (SipTerminal old = SipTerminal.start(ItPorts.terminal(91), "127.0.0.1:" + first.sipPort());
                SipTerminal moved = SipTerminal.start(ItPorts.terminal(92), "127.0.0.1:" + second.sipPort())) {
            assertThat(old.register(aor, 600, "syncml.dm").getStatusCode()).isEqualTo(200);
            String warmUp = FirstPushIT.uniquePushId();
            pi(first)
                    .push(
                            push(warmUp, "sip%3Ashared-carol%40ims.example.org"),
                            "text/plain",
                            new byte[] {1},
                            PushApplicationId.parse("syncml.dm"),
                            false);
            assertThat(old.nextMessage(30))
                    .as("the first push, at the old contact")
                    .isNotNull();
            Status.awaitState(pi(first), warmUp, MessageState.DELIVERED, OUTCOME);

            assertThat(old.register(aor, 0, "syncml.dm").getStatusCode()).isEqualTo(200);
            assertThat(moved.register(aor, 600, "syncml.dm").getStatusCode()).isEqualTo(200);
            String next = FirstPushIT.uniquePushId();
            pi(first)
                    .push(
                            push(next, "sip%3Ashared-carol%40ims.example.org"),
                            "text/plain",
                            new byte[] {2},
                            PushApplicationId.parse("syncml.dm"),
                            false);

            Request message = moved.nextMessage(30);
            assertThat(message).as("the next push, at the new contact").isNotNull();
            assertThat(message.getRawContent()).containsExactly(2);
            assertThat(old.nextMessage(2))
                    .as("anything more at the old contact")
                    .isNull();
        }
    }

    private static int owned(PpgServer server) throws Exception {
        Matcher m = OWNED.matcher(endpoints(server).http("/health/ready").body());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static ServerEndpoints endpoints(PpgServer server) {
        return new ServerEndpoints(server.papUri().getPort(), server.httpsPort());
    }

    private static PapClient pi(PpgServer server) {
        return new PapClient(server.papUri(), PI, PI_PASSWORD);
    }

    private static PushMessage push(String pushId, String escapedAor) throws Exception {
        return PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse("WAPPUSH=" + escapedAor + "/TYPE=USER"))
                .build();
    }
}
