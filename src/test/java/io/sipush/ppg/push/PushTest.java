package io.sipush.ppg.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PushTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-01T12:00:00Z");
    private static final String ALICE_PAP = "WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER";
    private static final String BOB_PAP = "WAPPUSH=+15551234567/TYPE=PLMN";

    private static Push.Builder minimal() {
        return Push.builder()
                .pi("dm-server")
                .pushId("push-1")
                .receivedAt(RECEIVED)
                .content(
                        "application/vnd.syncml.notification",
                        "x-wap-application:syncml.dm",
                        "hello".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void builder_defaults_to_pap_2_1_medium_priority_and_notspecified() {
        Push push = minimal().target(ALICE_PAP, "sip:alice@ims.example.org").build();

        assertThat(push.papVersion()).isEqualTo(PapVersion.V2_1);
        assertThat(push.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(push.deliveryMethod()).isEqualTo(DeliveryMethod.NOTSPECIFIED);
        assertThat(push.deliverBefore()).isEmpty();
        assertThat(push.deliverAfter()).isEmpty();
        assertThat(push.notifyRequestedTo()).isEmpty();
        assertThat(push.sourceReference()).isEmpty();
    }

    @Test
    void builder_keeps_every_attribute() {
        Instant before = RECEIVED.plusSeconds(3600);
        Instant after = RECEIVED.plusSeconds(60);
        Push push = minimal()
                .papVersion(PapVersion.V1_0)
                .priority(Priority.HIGH)
                .deliveryMethod(DeliveryMethod.CONFIRMED)
                .deliverBefore(before)
                .deliverAfter(after)
                .sourceReference("dm")
                .notifyRequestedTo("http://pi.example/notify")
                .target(ALICE_PAP, "sip:alice@ims.example.org")
                .build();

        assertThat(push.piName()).isEqualTo("dm-server");
        assertThat(push.pushId()).isEqualTo("push-1");
        assertThat(push.papVersion()).isEqualTo(PapVersion.V1_0);
        assertThat(push.priority()).isEqualTo(Priority.HIGH);
        assertThat(push.deliveryMethod()).isEqualTo(DeliveryMethod.CONFIRMED);
        assertThat(push.receivedAt()).isEqualTo(RECEIVED);
        assertThat(push.deliverBefore()).contains(before);
        assertThat(push.deliverAfter()).contains(after);
        assertThat(push.sourceReference()).contains("dm");
        assertThat(push.notifyRequestedTo()).contains("http://pi.example/notify");
        assertThat(push.contentType()).isEqualTo("application/vnd.syncml.notification");
        assertThat(push.applicationId()).isEqualTo("x-wap-application:syncml.dm");
    }

    @Test
    void each_address_gets_its_own_pending_delivery_in_order() {
        Push push = minimal()
                .target(ALICE_PAP, "sip:alice@ims.example.org")
                .target(BOB_PAP, "sip:+15551234567@ims.example.org")
                .build();

        assertThat(push.deliveries()).hasSize(2);
        Delivery first = push.deliveries().get(0);
        Delivery second = push.deliveries().get(1);
        assertThat(first.position()).isZero();
        assertThat(first.papAddress()).isEqualTo(ALICE_PAP);
        assertThat(first.aor()).isEqualTo("sip:alice@ims.example.org");
        assertThat(second.position()).isEqualTo(1);
        assertThat(second.aor()).isEqualTo("sip:+15551234567@ims.example.org");
        assertThat(push.deliveries())
                .allSatisfy(d -> assertThat(d.state()).isEqualTo(MessageState.PENDING))
                .allSatisfy(d -> assertThat(d.push()).isSameAs(push));
    }

    @Test
    void push_without_address_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> minimal().build());
    }

    @Test
    void push_without_content_is_rejected() {
        Push.Builder builder = Push.builder()
                .pi("dm-server")
                .pushId("p")
                .receivedAt(RECEIVED)
                .target(ALICE_PAP, "sip:alice@ims.example.org");

        assertThatNullPointerException().isThrownBy(builder::build);
    }

    @Test
    void first_attempt_is_on_arrival_without_deliver_after() {
        Push push = minimal().target(ALICE_PAP, "sip:alice@ims.example.org").build();

        assertThat(push.firstAttemptAt()).isEqualTo(RECEIVED);
    }

    @Test
    void first_attempt_waits_for_a_later_deliver_after() {
        Instant after = RECEIVED.plusSeconds(600);
        Push push = minimal()
                .deliverAfter(after)
                .target(ALICE_PAP, "sip:alice@ims.example.org")
                .build();

        assertThat(push.firstAttemptAt()).isEqualTo(after);
    }

    @Test
    void deliver_after_in_the_past_means_attempt_on_arrival() {
        Push push = minimal()
                .deliverAfter(RECEIVED.minusSeconds(600))
                .target(ALICE_PAP, "sip:alice@ims.example.org")
                .build();

        assertThat(push.firstAttemptAt()).isEqualTo(RECEIVED);
    }

    @Test
    void content_is_copied_in_and_out() {
        byte[] body = {1, 2, 3};
        Push push = minimal()
                .content("application/octet-stream", "x-wap-application:syncml.dm", body)
                .target(ALICE_PAP, "sip:alice@ims.example.org")
                .build();

        body[0] = 9;
        push.content()[1] = 9;

        assertThat(push.content()).containsExactly(1, 2, 3);
    }

    @Test
    void deliveries_list_cannot_be_modified_from_outside() {
        Push push = minimal().target(ALICE_PAP, "sip:alice@ims.example.org").build();

        assertThatThrownBy(() -> push.deliveries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
