package io.sipush.ppg.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pap.MessageState;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeliveryTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-01T12:00:00Z");
    private static final Instant LATER = RECEIVED.plusSeconds(10);
    private static final String ALICE_PAP = "WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER";
    private static final String ALICE = "sip:alice@ims.example.org";
    private static final String BOB_PAP = "WAPPUSH=+15551234567/TYPE=PLMN";
    private static final String BOB = "sip:+15551234567@ims.example.org";

    private static Push.Builder push() {
        return Push.builder()
                .pi("dm-server")
                .pushId("push-1")
                .receivedAt(RECEIVED)
                .content("application/vnd.syncml.notification", "syncml.dm", new byte[] {1});
    }

    private static Delivery single() {
        return push().target(ALICE_PAP, ALICE).build().deliveries().get(0);
    }

    private static Delivery withDeliverBefore(Instant limit) {
        return push().deliverBefore(limit)
                .target(ALICE_PAP, ALICE)
                .build()
                .deliveries()
                .get(0);
    }

    @Test
    void new_delivery_is_pending_and_due_on_arrival() {
        Delivery d = single();

        assertThat(d.state()).isEqualTo(MessageState.PENDING);
        assertThat(d.isFinal()).isFalse();
        assertThat(d.isInFlight()).isFalse();
        assertThat(d.attempts()).isZero();
        assertThat(d.nextAttemptAt()).contains(RECEIVED);
        assertThat(d.eventTime()).isEqualTo(RECEIVED);
        assertThat(d.lastSipStatus()).isEmpty();
    }

    @Test
    void new_delivery_waits_for_deliver_after() {
        Instant after = RECEIVED.plusSeconds(300);
        Delivery d = push().deliverAfter(after)
                .target(ALICE_PAP, ALICE)
                .build()
                .deliveries()
                .get(0);

        assertThat(d.nextAttemptAt()).contains(after);
        assertThat(d.isDueAt(after.minusMillis(1), RECEIVED)).isFalse();
        assertThat(d.isDueAt(after, RECEIVED)).isTrue();
    }

    @Test
    void delivery_is_due_from_its_next_attempt_time_on() {
        Delivery d = single();

        assertThat(d.isDueAt(RECEIVED.minusMillis(1), RECEIVED.minusSeconds(60)))
                .isFalse();
        assertThat(d.isDueAt(RECEIVED, RECEIVED.minusSeconds(60))).isTrue();
        assertThat(d.isDueAt(LATER, LATER.minusSeconds(60))).isTrue();
    }

    @Test
    void dispatched_counts_an_attempt_and_puts_it_in_flight() {
        Delivery d = single();

        d.dispatched(RECEIVED);

        assertThat(d.attempts()).isEqualTo(1);
        assertThat(d.isInFlight()).isTrue();
        assertThat(d.state()).isEqualTo(MessageState.PENDING);
    }

    @Test
    void in_flight_delivery_is_not_due_again() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        assertThat(d.isDueAt(LATER, RECEIVED)).isFalse();
        assertThat(d.isDueAt(LATER, RECEIVED.minusSeconds(1))).isFalse();
    }

    @Test
    void stale_in_flight_delivery_is_due_again() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        assertThat(d.isDueAt(LATER, RECEIVED.plusMillis(1))).isTrue();
    }

    @Test
    void retry_takes_it_out_of_flight_until_the_next_attempt_time() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        d.retryAt(LATER, 480, "SIP 480 Temporarily Unavailable");

        assertThat(d.isInFlight()).isFalse();
        assertThat(d.state()).isEqualTo(MessageState.PENDING);
        assertThat(d.nextAttemptAt()).contains(LATER);
        assertThat(d.lastSipStatus()).contains(480);
        assertThat(d.reason()).contains("SIP 480 Temporarily Unavailable");
        assertThat(d.isDueAt(LATER.minusMillis(1), RECEIVED.minusSeconds(60))).isFalse();
        assertThat(d.isDueAt(LATER, RECEIVED.minusSeconds(60))).isTrue();
    }

    @Test
    void every_dispatch_counts() {
        Delivery d = single();
        d.dispatched(RECEIVED);
        d.retryAt(LATER, 503, "busy");
        d.dispatched(LATER);

        assertThat(d.attempts()).isEqualTo(2);
    }

    @Test
    void delivered_ends_the_delivery() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        d.delivered(LATER, 200);

        assertThat(d.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(d.isFinal()).isTrue();
        assertThat(d.isInFlight()).isFalse();
        assertThat(d.eventTime()).isEqualTo(LATER);
        assertThat(d.lastSipStatus()).contains(200);
        assertThat(d.nextAttemptAt()).isEmpty();
        assertThat(d.isDueAt(LATER.plusSeconds(3600), LATER.plusSeconds(3600))).isFalse();
    }

    @Test
    void undeliverable_ends_the_delivery_with_its_reason() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        d.undeliverable(LATER, 404, "SIP 404 Not Found");

        assertThat(d.state()).isEqualTo(MessageState.UNDELIVERABLE);
        assertThat(d.lastSipStatus()).contains(404);
        assertThat(d.reason()).contains("SIP 404 Not Found");
        assertThat(d.eventTime()).isEqualTo(LATER);
        assertThat(d.isDueAt(LATER, LATER)).isFalse();
    }

    @Test
    void expired_ends_the_delivery_and_keeps_the_last_answer() {
        Delivery d = single();
        d.dispatched(RECEIVED);
        d.retryAt(LATER, 408, "SIP 408");

        d.expired(LATER);

        assertThat(d.state()).isEqualTo(MessageState.EXPIRED);
        assertThat(d.lastSipStatus()).contains(408);
        assertThat(d.eventTime()).isEqualTo(LATER);
        assertThat(d.isDueAt(LATER, LATER)).isFalse();
    }

    @Test
    void cancelled_ends_a_pending_delivery() throws Exception {
        Delivery d = single();

        d.cancelled(LATER);

        assertThat(d.state()).isEqualTo(MessageState.CANCELLED);
        assertThat(d.isFinal()).isTrue();
        assertThat(d.eventTime()).isEqualTo(LATER);
        assertThat(d.isDueAt(LATER, LATER)).isFalse();
    }

    @Test
    void in_flight_delivery_can_be_cancelled() throws Exception {
        Delivery d = single();
        d.dispatched(RECEIVED);

        d.cancelled(LATER);

        assertThat(d.state()).isEqualTo(MessageState.CANCELLED);
        assertThat(d.isInFlight()).isFalse();
    }

    private interface Ending {
        void end(Delivery d) throws Exception;
    }

    static Stream<Arguments> finalStates() {
        Ending delivered = d -> d.delivered(LATER, 200);
        Ending undeliverable = d -> d.undeliverable(LATER, 404, "gone");
        Ending expired = d -> d.expired(LATER);
        Ending cancelled = d -> d.cancelled(LATER);
        return Stream.of(
                Arguments.of(MessageState.DELIVERED, delivered),
                Arguments.of(MessageState.UNDELIVERABLE, undeliverable),
                Arguments.of(MessageState.EXPIRED, expired),
                Arguments.of(MessageState.CANCELLED, cancelled));
    }

    static Stream<Consumer<Delivery>> transitions() {
        return Stream.of(
                d -> d.dispatched(LATER),
                d -> d.delivered(LATER, 200),
                d -> d.undeliverable(LATER, 486, "busy"),
                d -> d.expired(LATER),
                d -> d.retryAt(LATER, 503, "again"),
                Delivery::awaitRegistration,
                d -> d.routeAvailable(LATER));
    }

    @ParameterizedTest
    @MethodSource("finalStates")
    void a_final_state_never_changes(MessageState state, Ending ending) throws Exception {
        Delivery d = single();
        ending.end(d);
        assertThat(d.state()).isEqualTo(state);

        transitions().forEach(t -> {
            assertThatIllegalStateException().isThrownBy(() -> t.accept(d));
            assertThat(d.state()).isEqualTo(state);
        });
        assertThat(d.eventTime()).isEqualTo(LATER);
    }

    @ParameterizedTest
    @MethodSource("finalStates")
    void cancelling_a_final_delivery_is_not_possible(MessageState state, Ending ending) throws Exception {
        Delivery d = single();
        ending.end(d);

        assertThatThrownBy(() -> d.cancelled(LATER.plusSeconds(1)))
                .isInstanceOf(CancellationNotPossibleException.class)
                .isNotInstanceOf(RuntimeException.class)
                .hasMessageContaining(ALICE_PAP)
                .hasMessageContaining(state.papName())
                .satisfies(e -> assertThat(((CancellationNotPossibleException) e).state())
                        .isEqualTo(state));
        assertThat(d.state()).isEqualTo(state);
        assertThat(d.eventTime()).isEqualTo(LATER);
    }

    @Test
    void await_registration_clears_the_next_attempt() {
        Delivery d = single();
        d.dispatched(RECEIVED);

        d.awaitRegistration();

        assertThat(d.state()).isEqualTo(MessageState.PENDING);
        assertThat(d.nextAttemptAt()).isEmpty();
        assertThat(d.isInFlight()).isFalse();
        assertThat(d.reason()).isPresent();
        assertThat(d.isDueAt(LATER.plusSeconds(86_400), RECEIVED)).isFalse();
    }

    @Test
    void route_available_makes_a_waiting_delivery_due_now() {
        Delivery d = single();
        d.awaitRegistration();

        d.routeAvailable(LATER);

        assertThat(d.nextAttemptAt()).contains(LATER);
        assertThat(d.isDueAt(LATER, RECEIVED)).isTrue();
    }

    @Test
    void route_available_keeps_an_existing_schedule() {
        Delivery d = single();
        Instant scheduled = LATER.plusSeconds(60);
        d.dispatched(RECEIVED);
        d.retryAt(scheduled, 480, "unavailable");

        d.routeAvailable(LATER);

        assertThat(d.nextAttemptAt()).contains(scheduled);
    }

    @Test
    void no_deliver_before_means_never_overdue() {
        Delivery d = single();

        assertThat(d.isOverdueAt(RECEIVED.plusSeconds(365L * 86_400))).isFalse();
    }

    @Test
    void overdue_from_the_deliver_before_timestamp_on() {
        Instant limit = RECEIVED.plusSeconds(3600);
        Delivery d = withDeliverBefore(limit);

        assertThat(d.isOverdueAt(limit.minusMillis(1))).isFalse();
        assertThat(d.isOverdueAt(limit)).isTrue();
        assertThat(d.isOverdueAt(limit.plusSeconds(1))).isTrue();
    }

    @Test
    void each_address_of_a_push_has_its_own_state() throws Exception {
        Push p = push().target(ALICE_PAP, ALICE).target(BOB_PAP, BOB).build();
        Delivery alice = p.deliveries().get(0);
        Delivery bob = p.deliveries().get(1);

        alice.dispatched(RECEIVED);
        alice.delivered(LATER, 200);
        bob.awaitRegistration();

        assertThat(alice.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(bob.state()).isEqualTo(MessageState.PENDING);
        assertThat(bob.attempts()).isZero();
        assertThat(bob.nextAttemptAt()).isEmpty();

        bob.cancelled(LATER);
        assertThat(bob.state()).isEqualTo(MessageState.CANCELLED);
        assertThat(alice.state()).isEqualTo(MessageState.DELIVERED);
    }
}
