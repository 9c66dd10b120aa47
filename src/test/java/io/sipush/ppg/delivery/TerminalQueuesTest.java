package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.cluster.Partitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TerminalQueuesTest {
    private static final String ALICE = "sip:alice@ims.example.org";
    private static final String BOB = "sip:bob@ims.example.org";

    private final List<QueuedDelivery> dispatched = new ArrayList<>();
    private final TerminalQueues queues = new TerminalQueues(dispatched::add);

    @Test
    void each_terminal_has_one_delivery_out_and_the_next_goes_when_it_is_done() {
        QueuedDelivery a1 = Tickets.delivery(1, ALICE);
        QueuedDelivery a2 = Tickets.delivery(2, ALICE);
        QueuedDelivery b1 = Tickets.delivery(3, BOB);

        queues.add(a1);
        queues.add(a2);
        queues.add(b1);
        assertThat(dispatched).containsExactly(a1, b1);

        queues.done(a1);
        assertThat(dispatched).containsExactly(a1, b1, a2);
    }

    @Test
    void an_empty_terminal_is_forgotten() {
        QueuedDelivery a1 = Tickets.delivery(1, ALICE);
        queues.add(a1);

        queues.done(a1);

        assertThat(queues.terminalCount()).isZero();
    }

    @Test
    void draining_a_partition_takes_out_its_waiting_deliveries_only() {
        QueuedDelivery a1 = Tickets.delivery(1, ALICE);
        QueuedDelivery a2 = Tickets.delivery(2, ALICE);
        queues.add(a1);
        queues.add(a2);

        assertThat(queues.drain(Set.of((Partitions.of(ALICE) + 1) % Partitions.COUNT)))
                .isEmpty();
        assertThat(queues.drain(Set.of(Partitions.of(ALICE)))).containsExactly(a2);
        assertThat(queues.terminalCount()).isEqualTo(1);
    }
}
