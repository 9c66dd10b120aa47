package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.StatusQueryResult;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OTA-SIP delivery engine against real terminals: outcomes, retries, transports, routes. */
@ExtendWith(ArquillianExtension.class)
class DeliveryEngineIT {
    @Deployment(testable = false)
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    private static final Duration OUTCOME = Duration.ofSeconds(30);
    private static final String TYPE = "application/vnd.syncml.notification";

    @Test
    void temporary_unavailability_is_retried_until_the_terminal_accepts() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(5), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:retry@ims.example.org", 600, "syncml.dm");
            terminal.answerNextWith(480, 503);
            String pushId = FirstPushIT.uniquePushId();

            send(pushId, "sip%3Aretry%40ims.example.org", DeliveryMethod.NOTSPECIFIED, new byte[] {1});

            StatusQueryResult status = Status.awaitState(pi(), pushId, MessageState.DELIVERED, OUTCOME);
            assertThat(status.messageState()).isEqualTo(MessageState.DELIVERED);
            assertThat(countMessages(terminal, 3)).isEqualTo(3);
        }
    }

    @Test
    void accepted_by_an_intermediary_is_delivered_unless_confirmation_was_required() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(6), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:relay@ims.example.org", 600, "syncml.dm");
            terminal.answerWith(202);
            String unconfirmed = FirstPushIT.uniquePushId();
            String confirmed = FirstPushIT.uniquePushId();

            send(unconfirmed, "sip%3Arelay%40ims.example.org", DeliveryMethod.UNCONFIRMED, new byte[] {1});
            send(confirmed, "sip%3Arelay%40ims.example.org", DeliveryMethod.CONFIRMED, new byte[] {2});

            assertThat(Status.awaitState(pi(), unconfirmed, MessageState.DELIVERED, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
            assertThat(Status.awaitState(pi(), confirmed, MessageState.UNDELIVERABLE, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.UNDELIVERABLE);
        }
    }

    @Test
    void body_over_1300_bytes_goes_over_tcp() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(7), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:big@ims.example.org", 600, "syncml.dm");
            byte[] big = new byte[4000];
            Arrays.fill(big, (byte) 'x');

            send(FirstPushIT.uniquePushId(), "sip%3Abig%40ims.example.org", DeliveryMethod.NOTSPECIFIED, big);

            Request message = terminal.nextMessage(20);
            assertThat(message).isNotNull();
            assertThat(((ViaHeader) message.getHeader(ViaHeader.NAME)).getTransport())
                    .isEqualToIgnoringCase("TCP");
            assertThat(message.getRawContent()).isEqualTo(big);
        }
    }

    @Test
    void small_body_to_a_tcp_contact_goes_over_tcp() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(8), ArquillianPpg.SHARED.registrar())) {
            terminal.preferTcp();
            terminal.register("sip:tcpuser@ims.example.org", 600, "syncml.dm");

            send(
                    FirstPushIT.uniquePushId(),
                    "sip%3Atcpuser%40ims.example.org",
                    DeliveryMethod.NOTSPECIFIED,
                    new byte[] {7});

            Request message = terminal.nextMessage(20);
            assertThat(message).isNotNull();
            assertThat(((ViaHeader) message.getHeader(ViaHeader.NAME)).getTransport())
                    .isEqualToIgnoringCase("TCP");
        }
    }

    @Test
    void a_redirect_is_followed_once() throws Exception {
        try (SipTerminal moved = SipTerminal.start(ItPorts.terminal(9), ArquillianPpg.SHARED.registrar());
                SipTerminal target = SipTerminal.start(ItPorts.terminal(10), ArquillianPpg.SHARED.registrar())) {
            moved.register("sip:moved@ims.example.org", 600, "syncml.dm");
            moved.redirectTo(target.contactUri());
            String pushId = FirstPushIT.uniquePushId();

            send(pushId, "sip%3Amoved%40ims.example.org", DeliveryMethod.NOTSPECIFIED, new byte[] {3});

            Request message = target.nextMessage(20);
            assertThat(message).as("MESSAGE at the redirect target").isNotNull();
            assertThat(message.getRequestURI().toString()).isEqualTo(target.contactUri());
            assertThat(Status.awaitState(pi(), pushId, MessageState.DELIVERED, OUTCOME)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
        }
    }

    @Test
    void a_terminal_gets_its_pushes_in_submission_order() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(12), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:ordered@ims.example.org", 600, "syncml.dm");
            for (int i = 0; i < 8; i++) {
                send(
                        FirstPushIT.uniquePushId(),
                        "sip%3Aordered%40ims.example.org",
                        DeliveryMethod.NOTSPECIFIED,
                        new byte[] {(byte) i});
            }

            List<Integer> arrived = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Request message = terminal.nextMessage(20);
                assertThat(message).isNotNull();
                arrived.add((int) message.getRawContent()[0]);
            }

            assertThat(arrived).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        }
    }

    @Test
    void after_deregistration_the_push_goes_through_the_outbound_proxy() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(13), ArquillianPpg.SHARED.registrar());
                SipTerminal proxy = SipTerminal.listening(ArquillianPpg.PROXY_PORT)) {
            terminal.register("sip:leaver@ims.example.org", 600, "syncml.dm");
            assertThat(terminal.register("sip:leaver@ims.example.org", 0).getStatusCode())
                    .isEqualTo(200);

            send(FirstPushIT.uniquePushId(), "sip%3Aleaver%40ims.example.org", DeliveryMethod.NOTSPECIFIED, new byte[] {
                5
            });

            Request message = proxy.nextMessage(20);
            assertThat(message).as("MESSAGE at the proxy").isNotNull();
            assertThat(message.getRequestURI().toString()).isEqualTo("sip:leaver@ims.example.org");
            assertThat(terminal.receivedCount()).isZero();
        }
    }

    private void send(String pushId, String escapedAor, DeliveryMethod method, byte[] body) throws Exception {
        PushMessage push = PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse("WAPPUSH=" + escapedAor + "/TYPE=USER"))
                .qualityOfService(new QualityOfService(Priority.MEDIUM, method, null, false, null, false))
                .build();
        PapClient.Reply reply = pi().push(push, TYPE, body, PushApplicationId.parse("syncml.dm"), false);
        assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(202);
    }

    private static int countMessages(SipTerminal terminal, int expected) throws InterruptedException {
        int count = 0;
        while (count < expected && terminal.nextMessage(20) != null) {
            count++;
        }
        return count;
    }

    private PapClient pi() {
        return ArquillianPpg.SHARED.pi(ppg);
    }
}
