package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.ResultNotificationMessage;
import io.sipush.ppg.pap.StatusCode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Result notification (DESIGN.md §4): when a push with {@code ppg-notify-requested-to} reaches a
 * final state, the PI's listener receives a resultnotification-message, and it still does when
 * the listener was down at that moment and comes back later.
 */
@ExtendWith(ArquillianExtension.class)
class ResultNotificationIT {
    @Deployment(testable = false)
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    private static final String DM_NOTIFICATION = "application/vnd.syncml.notification";
    private static final Duration OUTCOME = Duration.ofSeconds(30);

    @Test
    void delivered_push_is_notified_to_the_pi_as_delivered() throws Exception {
        try (PiListener pi = PiListener.start(ItPorts.terminal(50));
                SipTerminal terminal = SipTerminal.start(ItPorts.terminal(40), ArquillianPpg.SHARED.registrar())) {
            assertThat(terminal.register("sip:notify-alice@ims.example.org", 600, "syncml.dm")
                            .getStatusCode())
                    .isEqualTo(200);
            String pushId = uniquePushId();
            String address = "WAPPUSH=sip%3Anotify-alice%40ims.example.org/TYPE=USER@ppg.example.org";

            PapClient.Reply reply = push(pushId, address, pi.url());

            assertThat(reply.httpStatus()).isEqualTo(202);
            assertThat(terminal.nextMessage(20)).as("MESSAGE at the terminal").isNotNull();
            PiListener.Received received = pi.await(pushId, OUTCOME);
            assertThat(received).as("result notification at the PI").isNotNull();
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.contentType()).startsWith("application/xml");
            ResultNotificationMessage message = received.message();
            assertThat(message.pushId()).isEqualTo(pushId);
            assertThat(message.address().papValue()).isEqualTo(address);
            assertThat(message.messageState()).isEqualTo(MessageState.DELIVERED);
            assertThat(message.code()).isEqualTo(StatusCode.OK);
            assertThat(message.senderAddress()).isEqualTo("sip:ppg@ims.example.org");
            assertThat(message.version()).isEqualTo(PapVersion.V2_1);
            assertThat(message.receivedTime()).isNotNull();
            assertThat(message.eventTime()).isAfterOrEqualTo(message.receivedTime());
        }
    }

    @Test
    void push_the_terminal_rejects_is_notified_as_undeliverable() throws Exception {
        try (PiListener pi = PiListener.start(ItPorts.terminal(51));
                SipTerminal terminal = SipTerminal.start(ItPorts.terminal(41), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:notify-bob@ims.example.org", 600, "syncml.dm");
            terminal.answerWith(486);
            String pushId = uniquePushId();
            String address = "WAPPUSH=sip%3Anotify-bob%40ims.example.org/TYPE=USER";

            assertThat(push(pushId, address, pi.url()).httpStatus()).isEqualTo(202);

            PiListener.Received received = pi.await(pushId, OUTCOME);
            assertThat(received).as("result notification at the PI").isNotNull();
            ResultNotificationMessage message = received.message();
            assertThat(message.pushId()).isEqualTo(pushId);
            assertThat(message.address().papValue()).isEqualTo(address);
            assertThat(message.messageState()).isEqualTo(MessageState.UNDELIVERABLE);
            assertThat(message.code()).isEqualTo(StatusCode.SERVICE_FAILURE);
            assertThat(message.desc()).contains("486");
        }
    }

    @Test
    void notification_is_retried_until_the_pi_listener_comes_back() throws Exception {
        int piPort = ItPorts.terminal(52);
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(42), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:notify-carol@ims.example.org", 600, "syncml.dm");
            String pushId = uniquePushId();
            String address = "WAPPUSH=sip%3Anotify-carol%40ims.example.org/TYPE=USER";

            assertThat(push(pushId, address, PiListener.url(piPort)).httpStatus())
                    .isEqualTo(202);
            assertThat(Status.awaitState(pi(), pushId, MessageState.DELIVERED, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
            assertThat(awaitLogLine("push-id=" + pushId, "attempt 2 failed", OUTCOME))
                    .as("two failed attempts while the PI is down")
                    .isTrue();

            try (PiListener pi = PiListener.start(piPort)) {
                PiListener.Received received = pi.await(pushId, Duration.ofSeconds(60));
                assertThat(received)
                        .as("result notification once the PI is back")
                        .isNotNull();
                assertThat(received.message().messageState()).isEqualTo(MessageState.DELIVERED);
                assertThat(received.message().address().papValue()).isEqualTo(address);
            }
        }
    }

    private PapClient.Reply push(String pushId, String address, String notifyTo) throws Exception {
        PushMessage message = PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse(address))
                .ppgNotifyRequestedTo(notifyTo)
                .build();
        return pi().push(
                        message,
                        DM_NOTIFICATION,
                        "notify".getBytes(StandardCharsets.US_ASCII),
                        PushApplicationId.parse("x-wap-application:syncml.dm"),
                        false);
    }

    /** Polls the server's messages.log until a line holds both fragments, or the limit passes. */
    private static boolean awaitLogLine(String first, String second, Duration limit) throws Exception {
        Path log = ArquillianPpg.SHARED.messagesLog();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)
                    && Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                            .anyMatch(line -> line.contains(first) && line.contains(second))) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static String uniquePushId() {
        return UUID.randomUUID() + "@dm.example.org";
    }

    private PapClient pi() {
        return ArquillianPpg.SHARED.pi(ppg);
    }
}
