package io.sipush.ppg.push.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.ResultNotificationMessage;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.codec.PapDecoder;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.Push;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultNotificationBodyTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-01T12:00:00Z");
    private static final Instant ENDED = RECEIVED.plusSeconds(7);
    private static final String ALICE_PAP = "WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER@ppg.example.org";
    private static final String BOB_PAP = "WAPPUSH=+15551234567/TYPE=PLMN";
    private static final String SENDER = "sip:ppg@ims.example.org";

    private static Push.Builder push() {
        return Push.builder()
                .pi("dm-server")
                .pushId("push-42@dm.example.org")
                .receivedAt(RECEIVED)
                .notifyRequestedTo("http://pi.example.org/notify")
                .content("application/vnd.syncml.notification", "x-wap-application:syncml.dm", new byte[] {1})
                .target(ALICE_PAP, "sip:alice@ims.example.org")
                .target(BOB_PAP, "sip:+15551234567@ims.example.org");
    }

    private static ResultNotificationMessage decoded(byte[] body) throws Exception {
        return (ResultNotificationMessage) new PapDecoder().decodeResponse(body);
    }

    @Test
    void delivered_push_is_notified_as_delivered_with_code_1000_and_the_push_details() throws Exception {
        Push push = push().build();
        Delivery alice = push.deliveries().get(0);
        alice.delivered(ENDED, 200);

        ResultNotificationMessage message = decoded(ResultNotificationBody.encode(push, alice, SENDER));

        assertThat(message.version()).isEqualTo(PapVersion.V2_1);
        assertThat(message.pushId()).isEqualTo("push-42@dm.example.org");
        assertThat(message.senderAddress()).isEqualTo(SENDER);
        assertThat(message.senderName()).isEqualTo(io.sipush.ppg.push.PpgSender.NAME);
        assertThat(message.receivedTime()).isEqualTo(RECEIVED);
        assertThat(message.eventTime()).isEqualTo(ENDED);
        assertThat(message.messageState()).isEqualTo(MessageState.DELIVERED);
        assertThat(message.code()).isEqualTo(StatusCode.OK);
        assertThat(message.desc()).contains("SIP 200");
        assertThat(message.address().papValue()).isEqualTo(ALICE_PAP);
        assertThat(message.qos().isDefault()).isTrue();
    }

    @Test
    void each_address_gets_its_own_message_with_its_own_state() {
        Push push = push().build();
        Delivery alice = push.deliveries().get(0);
        Delivery bob = push.deliveries().get(1);
        alice.delivered(ENDED, 200);
        bob.undeliverable(ENDED.plusSeconds(1), 486, "SIP 486 Busy Here");

        ResultNotificationMessage forAlice = ResultNotificationBody.message(push, alice, SENDER);
        ResultNotificationMessage forBob = ResultNotificationBody.message(push, bob, SENDER);

        assertThat(forAlice.address().papValue()).isEqualTo(ALICE_PAP);
        assertThat(forAlice.messageState()).isEqualTo(MessageState.DELIVERED);
        assertThat(forBob.address().papValue()).isEqualTo(BOB_PAP);
        assertThat(forBob.messageState()).isEqualTo(MessageState.UNDELIVERABLE);
        assertThat(forBob.eventTime()).isEqualTo(ENDED.plusSeconds(1));
    }

    @Test
    void rejected_push_is_undeliverable_with_service_failure_and_the_sip_answer_as_desc() {
        Push push = push().build();
        Delivery alice = push.deliveries().get(0);
        alice.undeliverable(ENDED, 486, "SIP 486 Busy Here");

        ResultNotificationMessage message = ResultNotificationBody.message(push, alice, SENDER);

        assertThat(message.messageState()).isEqualTo(MessageState.UNDELIVERABLE);
        assertThat(message.code()).isEqualTo(StatusCode.SERVICE_FAILURE);
        assertThat(message.desc()).isEqualTo("SIP 486 Busy Here");
    }

    @ParameterizedTest
    @CsvSource({"404", "604"})
    void unknown_address_of_record_is_reported_as_address_not_found(int sipStatus) {
        Push push = push().build();
        Delivery alice = push.deliveries().get(0);
        alice.undeliverable(ENDED, sipStatus, "SIP " + sipStatus);

        assertThat(ResultNotificationBody.message(push, alice, SENDER).code()).isEqualTo(StatusCode.ADDRESS_NOT_FOUND);
    }

    @Test
    void expired_push_is_a_service_failure_that_says_why() {
        Push push = push().deliverBefore(RECEIVED.plusSeconds(5)).build();
        Delivery alice = push.deliveries().get(0);
        alice.expired(ENDED);

        ResultNotificationMessage message = ResultNotificationBody.message(push, alice, SENDER);

        assertThat(message.messageState()).isEqualTo(MessageState.EXPIRED);
        assertThat(message.code()).isEqualTo(StatusCode.SERVICE_FAILURE);
        assertThat(message.desc()).contains("deliver-before-timestamp");
    }

    @Test
    void cancelled_push_reports_ok_because_the_cancellation_was_done() throws Exception {
        Push push = push().build();
        Delivery alice = push.deliveries().get(0);
        alice.cancelled(ENDED);

        ResultNotificationMessage message = ResultNotificationBody.message(push, alice, SENDER);

        assertThat(message.messageState()).isEqualTo(MessageState.CANCELLED);
        assertThat(message.code()).isEqualTo(StatusCode.OK);
    }

    @Test
    void codes_per_final_state() {
        assertThat(ResultNotificationBody.code(MessageState.DELIVERED, Optional.of(202)))
                .isEqualTo(StatusCode.OK);
        assertThat(ResultNotificationBody.code(MessageState.TIMEOUT, Optional.empty()))
                .isEqualTo(StatusCode.SERVICE_FAILURE);
        assertThat(ResultNotificationBody.code(MessageState.ABORTED, Optional.empty()))
                .isEqualTo(StatusCode.MOBILE_CLIENT_ABORTED);
        assertThat(ResultNotificationBody.code(MessageState.UNDELIVERABLE, Optional.empty()))
                .isEqualTo(StatusCode.SERVICE_FAILURE);
    }

    @Test
    void pending_is_not_a_result() {
        Push push = push().build();

        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        ResultNotificationBody.message(push, push.deliveries().get(0), SENDER));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ResultNotificationBody.code(MessageState.PENDING, Optional.empty()));
    }

    @Test
    void message_is_written_in_the_pap_version_of_the_push() throws Exception {
        Push push = push().papVersion(PapVersion.V1_0).build();
        Delivery alice = push.deliveries().get(0);
        alice.delivered(ENDED, 200);

        byte[] body = ResultNotificationBody.encode(push, alice, SENDER);

        assertThat(new String(body, StandardCharsets.UTF_8)).contains("-//WAPFORUM//DTD PAP 1.0//EN");
        assertThat(decoded(body).version()).isEqualTo(PapVersion.V1_0);
    }

    @Test
    void quality_of_service_of_the_push_is_repeated() throws Exception {
        Push push = push().priority(Priority.HIGH)
                .deliveryMethod(DeliveryMethod.CONFIRMED)
                .build();
        Delivery alice = push.deliveries().get(0);
        alice.delivered(ENDED, 200);

        ResultNotificationMessage message = decoded(ResultNotificationBody.encode(push, alice, SENDER));

        assertThat(message.qos().priority()).isEqualTo(Priority.HIGH);
        assertThat(message.qos().deliveryMethod()).isEqualTo(DeliveryMethod.CONFIRMED);
    }

    @Test
    void delivery_accepted_by_an_intermediary_says_so() {
        Push push = push().build();
        Delivery alice = push.deliveries().get(0);
        alice.delivered(ENDED, 202);

        assertThat(ResultNotificationBody.message(push, alice, SENDER).desc()).contains("intermediary");
    }
}
