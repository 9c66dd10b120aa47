package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Nothing acknowledged is lost: a push that got 1001 survives kill -9 of the server JVM, and is
 * delivered after the restart. This server has no outbound proxy, so a push to a terminal that is
 * not registered waits for its REGISTER.
 *
 * <p>One kill -9 for the four cases: each leaves a push in the state it is about (waiting for a
 * REGISTER, scheduled, delivered with a result notification owed to a PI that is down, waiting on
 * a persistent retry timer), then the server is killed once and started again on the same
 * database, and each test checks how its push goes on.
 *
 * <p>Process helper ({@link PpgServer}), not Arquillian: the test kills the server JVM with kill -9
 * and starts it again on the same database, which a container that Arquillian manages for the
 * whole run cannot go through (docs/testing.md).
 */
class DurabilityIT {
    private static final String PI = "durable-pi";
    private static final String PASSWORD = "durable-password";
    private static final String ADMIN_PASSWORD = "durable-admin-password";
    private static final byte[] LATE_CONTENT = {10, 20, 30};
    private static final byte[] BUSY_CONTENT = {7, 7};
    private static final int PI_PORT = ItPorts.terminal(33);

    private static PpgServer server;
    private static PapClient pi;
    private static SipTerminal scheduledTerminal;
    private static SipTerminal notifiedTerminal;
    private static SipTerminal busyTerminal;
    private static PiListener piListener;
    private static String latePushId;
    private static String scheduledPushId;
    private static Instant scheduledAfter;
    private static String notifiedPushId;
    private static String busyPushId;
    private static long retryTimersAtKill;

    @BeforeAll
    static void fourPushesInFlightThenOneKill9AndARestart() throws Exception {
        server = PpgServer.create(
                        "durability",
                        Map.of(
                                "PPG_HTTP_PORT",
                                Integer.toString(ItPorts.http(2)),
                                "PPG_SIP_PORT",
                                Integer.toString(ItPorts.sip(2)),
                                "PPG_BOOTSTRAP_PI",
                                PI + ":" + PASSWORD,
                                "PPG_ADMIN_PASSWORD",
                                ADMIN_PASSWORD))
                .startFresh();
        pi = new PapClient(server.papUri(), PI, PASSWORD);
        notifiedPushId = deliveredWithANotificationOwedToAPiThatIsDown();
        busyPushId = waitingOnARetryTimer();
        latePushId = waitingForARegister();
        scheduledPushId = scheduledAfterTheRestart(); // last: its time counts from here

        server.kill();
        retryTimersAtKill = retryTimersInDerby();
        piListener = PiListener.start(PI_PORT); // the PI is back while the PPG is down
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {piListener, scheduledTerminal, notifiedTerminal, busyTerminal}) {
            if (open != null) {
                open.close();
            }
        }
        server.stop();
    }

    @Test
    void accepted_push_survives_kill_9_and_goes_out_when_the_terminal_registers() throws Exception {
        assertThat(Status.of(pi, latePushId).get(0).messageState()).isEqualTo(MessageState.PENDING);
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(30), "127.0.0.1:" + server.sipPort())) {
            terminal.register("sip:late@ims.example.org", 600, "syncml.dm");
            Request message = terminal.nextMessage(30);
            assertThat(message).as("MESSAGE after restart and REGISTER").isNotNull();
            assertThat(message.getRawContent()).isEqualTo(LATE_CONTENT);
            assertDeliveredSoon(latePushId);
        }
    }

    @Test
    void scheduled_push_survives_kill_9_and_goes_out_at_its_time() throws Exception {
        Request message = scheduledTerminal.nextMessage(60);
        assertThat(message).as("MESSAGE after the deliver-after time").isNotNull();
        assertThat(Instant.now()).isAfterOrEqualTo(scheduledAfter);
        assertDeliveredSoon(scheduledPushId);
    }

    @Test
    void result_notification_owed_to_a_pi_that_is_down_survives_kill_9() throws Exception {
        PiListener.Received received = piListener.await(notifiedPushId, Duration.ofSeconds(90));
        assertThat(received).as("notification after the restart").isNotNull();
        assertThat(received.message().messageState()).isEqualTo(MessageState.DELIVERED);
    }

    @Test
    void retry_waits_on_a_persistent_timer_that_survives_kill_9() throws Exception {
        assertThat(retryTimersAtKill)
                .as("persistent retry timers in the store at the kill")
                .isEqualTo(1);
        Request again = busyTerminal.nextMessage(90);
        assertThat(again).as("MESSAGE again after the restart").isNotNull();
        assertThat(again.getRawContent()).isEqualTo(BUSY_CONTENT);
        assertDeliveredSoon(busyPushId);
        assertThat(busyTerminal.nextMessage(5)).as("no second MESSAGE").isNull();
    }

    /** A push delivered, whose result notification the PI, not listening, cannot take yet. */
    private static String deliveredWithANotificationOwedToAPiThatIsDown() throws Exception {
        notifiedTerminal = registeredTerminal(32, "sip:notified@ims.example.org");
        String pushId = FirstPushIT.uniquePushId();
        PushMessage message = PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse("WAPPUSH=sip%3Anotified%40ims.example.org/TYPE=USER"))
                .ppgNotifyRequestedTo(PiListener.url(PI_PORT))
                .build();
        assertAccepted(message, "text/plain", new byte[] {1});
        assertDeliveredSoon(pushId);
        return pushId;
    }

    /** A push whose terminal answered 503 with Retry-After: its next attempt waits on a timer. */
    private static String waitingOnARetryTimer() throws Exception {
        busyTerminal = registeredTerminal(34, "sip:busy@ims.example.org");
        busyTerminal.answerNextWith(503);
        busyTerminal.retryAfter(15);
        String pushId = FirstPushIT.uniquePushId();
        assertAccepted(push(pushId, "sip%3Abusy%40ims.example.org", null), "text/plain", BUSY_CONTENT);
        assertThat(busyTerminal.nextMessage(20))
                .as("first MESSAGE, answered 503")
                .isNotNull();
        String detail = awaitDetail(pushId, "\"nextAttemptAt\"");
        assertThat(detail).contains("\"state\":\"pending\"", "\"nextAttemptAt\"");
        Thread.sleep(3000); // the timer is created just after the retry's step is committed
        return pushId;
    }

    /** A push to a terminal that is not registered: pending until its REGISTER. */
    private static String waitingForARegister() throws Exception {
        String pushId = FirstPushIT.uniquePushId();
        assertAccepted(
                push(pushId, "sip%3Alate%40ims.example.org", null),
                "application/vnd.syncml.notification",
                LATE_CONTENT);
        return pushId;
    }

    /** A push to a registered terminal with a deliver-after time that comes after the restart. */
    private static String scheduledAfterTheRestart() throws Exception {
        scheduledTerminal = registeredTerminal(31, "sip:scheduled@ims.example.org");
        String pushId = FirstPushIT.uniquePushId();
        scheduledAfter = Instant.now().plusSeconds(25).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertAccepted(push(pushId, "sip%3Ascheduled%40ims.example.org", scheduledAfter), "text/plain", new byte[] {1});
        return pushId;
    }

    private static SipTerminal registeredTerminal(int number, String aor) throws Exception {
        SipTerminal terminal = SipTerminal.start(ItPorts.terminal(number), "127.0.0.1:" + server.sipPort());
        terminal.register(aor, 3600, "syncml.dm");
        return terminal;
    }

    private static void assertAccepted(PushMessage message, String contentType, byte[] content) throws Exception {
        assertThat(pi.push(message, contentType, content, PushApplicationId.parse("syncml.dm"), false)
                        .httpStatus())
                .isEqualTo(202);
    }

    private static void assertDeliveredSoon(String pushId) throws Exception {
        assertThat(Status.awaitState(pi, pushId, MessageState.DELIVERED, Duration.ofSeconds(20))
                        .messageState())
                .isEqualTo(MessageState.DELIVERED);
    }

    /** Reads the push in the admin API until its detail contains {@code text}; returns the last detail. */
    private static String awaitDetail(String pushId, String text) throws Exception {
        AdminClient admin = new AdminClient(server, "admin", ADMIN_PASSWORD);
        Instant deadline = Instant.now().plusSeconds(20);
        String detail = "";
        while (!detail.contains(text) && Instant.now().isBefore(deadline)) {
            Matcher key = Pattern.compile("\"key\":(\\d+)")
                    .matcher(admin.get("pushes?pushId=" + URLEncoder.encode(pushId, StandardCharsets.UTF_8))
                            .body());
            detail = key.find() ? admin.get("pushes/" + key.group(1)).body() : "";
            Thread.sleep(200);
        }
        return detail;
    }

    /** EJB timers of the retry scheduler in the stopped server's Derby database. */
    private static long retryTimersInDerby() throws Exception {
        System.setProperty("derby.stream.error.file", server.derbyDatabase() + "-test.log");
        String url = "jdbc:derby:" + server.derbyDatabase();
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rows = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM WLPTASK WHERE INAME LIKE '%EjbRetryScheduler%'")) {
            rows.next();
            return rows.getLong(1);
        } finally {
            shutDownDerby(url);
        }
    }

    /** The test JVM lets go of the database, so that the server can boot it again. */
    private static void shutDownDerby(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a shutdown as SQLState 08006
        }
    }

    private static PushMessage push(String pushId, String escapedAor, Instant deliverAfter) throws Exception {
        PushMessage.Builder builder = PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse("WAPPUSH=" + escapedAor + "/TYPE=USER"));
        if (deliverAfter != null) {
            builder.deliverAfterTimestamp(deliverAfter);
        }
        return builder.build();
    }
}
