package io.sipush.ppg.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pap.MessageState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link Delivery#cancelled(Instant, String)}: a cancellation with its own reason. */
class DeliveryCancellationTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-01T12:00:00Z");
    private static final Instant LATER = RECEIVED.plusSeconds(10);

    private static Delivery pending() {
        return Push.builder()
                .pi("dm-server")
                .pushId("push-1")
                .receivedAt(RECEIVED)
                .content("application/vnd.syncml.notification", "syncml.dm", new byte[] {1})
                .target("WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER", "sip:alice@ims.example.org")
                .build()
                .deliveries()
                .get(0);
    }

    @Test
    void pending_delivery_is_cancelled_with_the_reason_given() throws Exception {
        Delivery d = pending();
        d.retryAt(LATER, 480, "SIP 480");

        d.cancelled(LATER, "replaced by push-id 'push-2'");

        assertThat(d.state()).isEqualTo(MessageState.CANCELLED);
        assertThat(d.isFinal()).isTrue();
        assertThat(d.eventTime()).isEqualTo(LATER);
        assertThat(d.reason()).contains("replaced by push-id 'push-2'");
        assertThat(d.lastSipStatus()).contains(480);
        assertThat(d.nextAttemptAt()).isEmpty();
        assertThat(d.isInFlight()).isFalse();
    }

    @Test
    void in_flight_delivery_is_cancelled_and_no_longer_in_flight() throws Exception {
        Delivery d = pending();
        d.dispatched(RECEIVED);

        d.cancelled(LATER, "why");

        assertThat(d.state()).isEqualTo(MessageState.CANCELLED);
        assertThat(d.isInFlight()).isFalse();
        assertThat(d.isDueAt(LATER.plusSeconds(3600), LATER.plusSeconds(3600))).isFalse();
    }

    @Test
    void final_delivery_cannot_be_cancelled_and_keeps_its_state() {
        Delivery d = pending();
        d.delivered(LATER, 200);

        assertThatThrownBy(() -> d.cancelled(LATER.plusSeconds(1), "why"))
                .isInstanceOf(CancellationNotPossibleException.class)
                .hasMessageContaining("delivered");
        assertThat(d.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(d.eventTime()).isEqualTo(LATER);
    }

    @Test
    void the_push_initiators_cancellation_keeps_its_own_reason() throws Exception {
        Delivery d = pending();

        d.cancelled(LATER);

        assertThat(d.reason()).contains("cancelled by the push initiator");
    }
}
