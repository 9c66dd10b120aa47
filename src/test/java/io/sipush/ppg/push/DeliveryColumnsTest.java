package io.sipush.ppg.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Values from the wire never outgrow the delivery's columns, whichever way they come in. */
class DeliveryColumnsTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-01T12:00:00Z");

    private static Delivery single() {
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
    void a_retry_reason_longer_than_its_column_is_clipped() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        d.retryAt(RECEIVED.plusSeconds(5), 503, "SIP 503 transport error: MESSAGE to sip:" + "x".repeat(900));

        assertThat(d.reason().orElseThrow()).hasSize(Delivery.MAX_REASON).startsWith("SIP 503 transport error");
    }

    @Test
    void a_final_reason_longer_than_its_column_is_clipped() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        d.undeliverable(RECEIVED.plusSeconds(1), 480, "retries used up; last answer SIP 480 " + "y".repeat(600));

        assertThat(d.reason().orElseThrow()).hasSize(Delivery.MAX_REASON);
    }

    @Test
    void a_redirect_contact_longer_than_its_column_is_not_followed() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        boolean followed = d.redirectTo("sip:" + "r".repeat(1100) + "@192.0.2.1", RECEIVED.plusSeconds(1), 302);

        assertThat(followed).isFalse();
        assertThat(d.takeRedirect()).isEmpty();
    }

    @Test
    void a_reason_that_fits_is_kept_whole() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        d.retryAt(RECEIVED.plusSeconds(5), 480, "SIP 480 Temporarily Unavailable");

        assertThat(d.reason()).contains("SIP 480 Temporarily Unavailable");
    }
}
