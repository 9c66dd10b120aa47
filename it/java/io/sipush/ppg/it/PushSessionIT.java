package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.codec.PapEncoder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The push's SIP application session, shared by the PAP side and the SIP side (DESIGN.md §3): while
 * a slow terminal holds its answer back, a status query finds the MESSAGE in flight (since when,
 * which attempt, which transport) and a cancel-message is answered from it; the terminal's late
 * 200 then no longer delivers the cancelled push.
 */
@ExtendWith(SharedPpg.class)
class PushSessionIT {
    private static final Duration SLOW_ANSWER = Duration.ofSeconds(3);
    private static final Duration OUTCOME = Duration.ofSeconds(30);

    @Test
    void status_query_while_the_message_is_out_says_in_flight_with_attempt_and_transport() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(85), SharedPpg.registrar())) {
            terminal.register("sip:slow@ims.example.org", 600, "syncml.dm");
            terminal.answerAfter(SLOW_ANSWER);
            String pushId = push("sip%3Aslow%40ims.example.org");

            assertThat(terminal.nextMessage(20)).as("MESSAGE at the terminal").isNotNull();
            StatusQueryResult during = Status.of(SharedPpg.pi(), pushId).get(0);

            assertThat(terminal.answersSent()).as("answered before the query").isZero();
            assertThat(during.messageState()).isEqualTo(MessageState.PENDING);
            assertThat(during.desc()).containsPattern("in flight since \\S+Z, attempt 1, over UDP");
            StatusQueryResult after = Status.awaitState(SharedPpg.pi(), pushId, MessageState.DELIVERED, OUTCOME);
            assertThat(after.messageState()).isEqualTo(MessageState.DELIVERED);
            assertThat(after.desc()).doesNotContain("in flight");
        }
    }

    @Test
    void a_tcp_contact_s_message_is_in_flight_over_tcp() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(86), SharedPpg.registrar())) {
            terminal.preferTcp();
            terminal.register("sip:slowtcp@ims.example.org", 600, "syncml.dm");
            terminal.answerAfter(SLOW_ANSWER);
            String pushId = push("sip%3Aslowtcp%40ims.example.org");

            assertThat(terminal.nextMessage(20)).as("MESSAGE at the terminal").isNotNull();
            StatusQueryResult during = Status.of(SharedPpg.pi(), pushId).get(0);

            assertThat(terminal.answersSent()).as("answered before the query").isZero();
            assertThat(during.desc()).containsPattern("in flight since \\S+Z, attempt 1, over TCP");
        }
    }

    @Test
    void cancel_while_the_message_is_out_wins_over_the_terminal_s_late_200() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(87), SharedPpg.registrar())) {
            terminal.register("sip:late@ims.example.org", 600, "syncml.dm");
            terminal.answerAfter(SLOW_ANSWER);
            String pushId = push("sip%3Alate%40ims.example.org");
            assertThat(terminal.nextMessage(20)).as("MESSAGE at the terminal").isNotNull();

            List<CancelResult> cancelled = cancel(pushId);

            assertThat(terminal.answersSent()).as("answered before the cancel").isZero();
            assertThat(cancelled).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(StatusCode.OK);
                assertThat(r.desc())
                        .containsPattern("in flight since \\S+Z, attempt 1, over UDP")
                        .contains("no longer delivers");
            });
            awaitAnswerSent(terminal);
            StatusQueryResult after = Status.awaitState(SharedPpg.pi(), pushId, MessageState.DELIVERED, SLOW_ANSWER);
            assertThat(after.messageState()).as(after.desc()).isEqualTo(MessageState.CANCELLED);
            assertThat(after.desc()).doesNotContain("in flight");
        }
    }

    private static String push(String escapedAor) throws Exception {
        String pushId = FirstPushIT.uniquePushId();
        PapClient.Reply reply = SharedPpg.pi()
                .push(
                        FirstPushIT.push(pushId, "WAPPUSH=" + escapedAor + "/TYPE=USER"),
                        "application/vnd.syncml.notification",
                        new byte[] {0x42},
                        PushApplicationId.parse("syncml.dm"),
                        false);
        assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(202);
        return pushId;
    }

    private static List<CancelResult> cancel(String pushId) throws Exception {
        PapClient.Reply reply = SharedPpg.pi()
                .post("application/xml", new PapEncoder().encode(CancelMessage.of(PapVersion.V2_1, pushId, List.of())));
        return ((CancelResponse) reply.pap()).results();
    }

    private static void awaitAnswerSent(SipTerminal terminal) throws InterruptedException {
        Instant deadline = Instant.now().plus(OUTCOME);
        while (terminal.answersSent() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(terminal.answersSent()).as("the terminal's late answer").isPositive();
    }
}
