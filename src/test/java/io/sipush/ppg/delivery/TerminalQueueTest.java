package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TerminalQueueTest {
    private final TerminalQueue queue = new TerminalQueue();

    private static QueuedDelivery delivery(long id, int rank) {
        return delivery(id, rank, Tickets.T0);
    }

    private static QueuedDelivery delivery(long id, int rank, Instant receivedAt) {
        return new QueuedDelivery(
                Tickets.ticket(id, "sip:alice@ims.example.org", rank, Tickets.T0, 0, receivedAt, false), null);
    }

    @Test
    void one_delivery_is_out_at_a_time_and_the_next_goes_when_it_is_done() {
        QueuedDelivery first = delivery(1, 1);
        QueuedDelivery second = delivery(2, 1);

        assertThat(queue.add(first)).isSameAs(first);
        assertThat(queue.add(second)).isNull();
        assertThat(queue.done(first)).isSameAs(second);
        assertThat(queue.done(second)).isNull();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void waiting_deliveries_go_by_priority_then_submission_order() {
        QueuedDelivery busy = delivery(1, 2);
        queue.add(busy);
        QueuedDelivery lowLater = delivery(5, 2);
        QueuedDelivery mediumLater = delivery(4, 1);
        QueuedDelivery mediumEarlier = delivery(3, 1);
        QueuedDelivery high = delivery(6, 0);
        queue.add(lowLater);
        queue.add(mediumLater);
        queue.add(mediumEarlier);
        queue.add(high);

        assertThat(queue.done(busy)).isSameAs(high);
        assertThat(queue.done(high)).isSameAs(mediumEarlier);
        assertThat(queue.done(mediumEarlier)).isSameAs(mediumLater);
        assertThat(queue.done(mediumLater)).isSameAs(lowLater);
    }

    @Test
    void pushes_accepted_at_two_instances_go_in_arrival_order_whatever_their_ids() {
        QueuedDelivery busy = delivery(1, 1);
        queue.add(busy);
        // ids come in blocks per instance: instance 2's block is above instance 1's
        QueuedDelivery earlierAtInstanceTwo = delivery(1001, 1, Tickets.T0.plusMillis(5));
        QueuedDelivery laterAtInstanceOne = delivery(2, 1, Tickets.T0.plusMillis(9));
        queue.add(laterAtInstanceOne);
        queue.add(earlierAtInstanceTwo);

        assertThat(queue.done(busy)).isSameAs(earlierAtInstanceTwo);
        assertThat(queue.done(earlierAtInstanceTwo)).isSameAs(laterAtInstanceOne);
    }

    @Test
    void draining_takes_out_the_waiting_deliveries_and_leaves_the_one_out() {
        QueuedDelivery first = delivery(1, 1);
        QueuedDelivery second = delivery(2, 1);
        QueuedDelivery third = delivery(3, 1);
        queue.add(first);
        queue.add(second);
        queue.add(third);

        assertThat(queue.drain()).containsExactly(second, third);
        assertThat(queue.isEmpty()).isFalse();
        assertThat(queue.done(first)).isNull();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void an_ended_delivery_is_taken_out_unless_it_is_the_one_out() {
        QueuedDelivery out = delivery(1, 1);
        QueuedDelivery waiting = delivery(2, 1);
        queue.add(out);
        queue.add(waiting);

        assertThat(queue.remove(waiting)).isNull();
        assertThat(queue.remove(out)).isNull();
        assertThat(queue.isEmpty()).isFalse();
        assertThat(queue.done(out)).isNull();
        assertThat(queue.isEmpty()).isTrue();
    }
}
