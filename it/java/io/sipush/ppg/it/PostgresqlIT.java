package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import javax.sip.message.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main flow on a real PostgreSQL server (PPG_DB a JDBC URL, credentials in PPG_DB_USER and
 * PPG_DB_PASSWORD): the schema is created at start, a push is delivered to a JAIN-SIP terminal
 * and reported by a status query, and it is still there after a restart and after kill -9.
 *
 * <p>Process helper ({@link PpgServer}), not Arquillian: a second database (a PostgreSQL server
 * this class starts), and a restart and a kill -9 of the PPG JVM (docs/testing.md).
 */
class PostgresqlIT {
    private static final String PI = "pg-pi";
    private static final String PI_PASSWORD = "pg-pi-password";
    private static final String DB_PASSWORD = "pg-secret-for-tests";
    private static final Duration OUTCOME = Duration.ofSeconds(20);

    private static PostgresCluster postgres;
    private static PpgServer server;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresCluster.start(ItPorts.postgres());
        postgres.createDatabase("ppg", DB_PASSWORD);
        server = PpgServer.create(
                        "postgresql",
                        Map.of(
                                "PPG_HTTP_PORT",
                                Integer.toString(ItPorts.http(4)),
                                "PPG_SIP_PORT",
                                Integer.toString(ItPorts.sip(4)),
                                "PPG_BOOTSTRAP_PI",
                                PI + ":" + PI_PASSWORD,
                                "PPG_DB",
                                postgres.jdbcUrl("ppg"),
                                "PPG_DB_USER",
                                "ppg",
                                "PPG_DB_PASSWORD",
                                DB_PASSWORD))
                .startFresh();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void push_is_delivered_stored_in_postgresql_and_kept_across_a_restart() throws Exception {
        PapClient pi = pi();
        String pushId = FirstPushIT.uniquePushId();
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(65), "127.0.0.1:" + server.sipPort())) {
            assertThat(terminal.register("sip:pg-alice@ims.example.org", 600, "syncml.dm")
                            .getStatusCode())
                    .isEqualTo(200);
            byte[] content = {1, 2, 3, 4};

            PapClient.Reply reply = pi.push(
                    push(pushId, "sip%3Apg-alice%40ims.example.org"),
                    "application/vnd.syncml.notification",
                    content,
                    PushApplicationId.parse("syncml.dm"),
                    false);

            assertThat(reply.httpStatus()).isEqualTo(202);
            Request message = terminal.nextMessage(20);
            assertThat(message).as("MESSAGE at the terminal").isNotNull();
            assertThat(message.getRawContent()).isEqualTo(content);
            StatusQueryResult status = Status.awaitState(pi, pushId, MessageState.DELIVERED, OUTCOME);
            assertThat(status.code()).isEqualTo(StatusCode.OK);
        }
        assertThat(rowsInPostgresql("SELECT COUNT(*) FROM ppg_push WHERE push_id = ?", pushId))
                .isEqualTo(1);
        assertThat(endpoints().http("/health/ready").body()).contains("PostgreSQL");

        server.stop();
        server.start();

        assertThat(Status.of(pi(), pushId).get(0).messageState()).isEqualTo(MessageState.DELIVERED);
    }

    @Test
    void accepted_push_survives_kill_9_and_goes_out_when_the_terminal_registers() throws Exception {
        String pushId = FirstPushIT.uniquePushId();
        byte[] content = {42};
        PapClient.Reply reply = pi().push(
                        push(pushId, "sip%3Apg-late%40ims.example.org"),
                        "text/plain",
                        content,
                        PushApplicationId.parse("syncml.dm"),
                        false);
        assertThat(reply.httpStatus()).isEqualTo(202);

        server.kill();
        server.start();

        assertThat(Status.of(pi(), pushId).get(0).messageState()).isEqualTo(MessageState.PENDING);
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(66), "127.0.0.1:" + server.sipPort())) {
            terminal.register("sip:pg-late@ims.example.org", 600, "syncml.dm");
            Request message = terminal.nextMessage(30);
            assertThat(message).as("MESSAGE after restart and REGISTER").isNotNull();
            assertThat(message.getRawContent()).isEqualTo(content);
            assertThat(Status.awaitState(pi(), pushId, MessageState.DELIVERED, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
        }
    }

    @Test
    void retry_waits_on_a_persistent_timer_whose_tables_the_server_creates_in_postgresql() throws Exception {
        String pushId = FirstPushIT.uniquePushId();
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(69), "127.0.0.1:" + server.sipPort())) {
            terminal.register("sip:pg-busy@ims.example.org", 600, "syncml.dm");
            terminal.answerNextWith(503);

            PapClient.Reply reply = pi().push(
                            push(pushId, "sip%3Apg-busy%40ims.example.org"),
                            "text/plain",
                            new byte[] {5},
                            PushApplicationId.parse("syncml.dm"),
                            false);

            assertThat(reply.httpStatus()).isEqualTo(202);
            assertThat(terminal.nextMessage(20))
                    .as("first MESSAGE, answered 503")
                    .isNotNull();
            assertThat(terminal.nextMessage(60)).as("the retry").isNotNull();
            assertThat(Status.awaitState(pi(), pushId, MessageState.DELIVERED, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
        }
        assertThat(rowsInPostgresql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ?", "wlptask"))
                .isEqualTo(1);
    }

    @Test
    void a_push_s_deliveries_are_found_through_an_index_not_a_scan_of_every_delivery_in_postgresql() throws Exception {
        assertThat(rowsInPostgresql(
                        "SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'ppg_delivery' AND indexdef LIKE ?",
                        "%(push_id_fk)%"))
                .as("indexes on PPG_DELIVERY (PUSH_ID_FK): PostgreSQL indexes no foreign key by itself")
                .isEqualTo(1);
    }

    private static PapClient pi() {
        return new PapClient(server.papUri(), PI, PI_PASSWORD);
    }

    private static ServerEndpoints endpoints() {
        return new ServerEndpoints(ItPorts.http(4), ItPorts.http(4) + 10);
    }

    private static PushMessage push(String pushId, String escapedAor) throws Exception {
        return PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse("WAPPUSH=" + escapedAor + "/TYPE=USER"))
                .build();
    }

    private static long rowsInPostgresql(String sql, String parameter) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("ppg"), "ppg", DB_PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
