package io.sipush.ppg.delivery;

import static io.sipush.ppg.delivery.Tickets.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.cluster.Partitions;
import io.sipush.ppg.push.DeliveryTicket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AdmissionTest {
    private static final String MINE = aorIn(true);
    private static final String THEIRS = aorIn(false);

    private final Set<Integer> owned = new HashSet<>(Set.of(Partitions.of(MINE)));
    private final FakeProgress store = new FakeProgress();
    private final List<QueuedDelivery> ready = new ArrayList<>();
    private boolean alone;

    private Admission admission(int window) {
        return new Admission(
                (p, now) -> owned.contains(p), () -> Set.copyOf(owned), () -> alone, store, window, ready::add);
    }

    /** An address of record of partition 0 (true) or 1 (false). */
    private static String aorIn(boolean first) {
        return IntStream.range(0, 1000)
                .mapToObj(i -> "sip:user" + i + "@ims.example.org")
                .filter(a -> Partitions.of(a) == (first ? 0 : 1))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_push_of_an_owned_partition_is_held_and_made_ready() {
        Admission admission = admission(10);

        assertThat(admission.admit(Tickets.ticket(1, MINE), null, T0)).isNotNull();

        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(1L);
        assertThat(admission.get(1)).isNotNull();
    }

    @Test
    void a_push_of_another_instance_s_partition_stays_in_the_store() {
        Admission admission = admission(10);

        assertThat(admission.admit(Tickets.ticket(2, THEIRS), null, T0)).isNull();

        assertThat(ready).isEmpty();
        assertThat(admission.held()).isZero();
    }

    @Test
    void a_push_not_due_yet_is_left_for_the_poll() {
        Admission admission = admission(10);

        assertThat(admission.admit(Tickets.ticket(3, MINE, T0.plusSeconds(60), false), null, T0))
                .isNull();

        store.rows.add(Tickets.ticket(3, MINE, T0.plusSeconds(60), false));
        admission.poll(T0.plusSeconds(59));
        admission.poll(T0.plusSeconds(60));
        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(3L);
    }

    @Test
    void the_poll_finds_due_work_stored_by_another_instance_once() {
        Admission admission = admission(10);
        admission.poll(T0);
        store.rows.add(Tickets.ticket(4, MINE, T0.plusMillis(100), false));
        store.rows.add(Tickets.ticket(5, THEIRS, T0.plusMillis(100), false));

        admission.poll(T0.plusMillis(300));
        admission.poll(T0.plusMillis(600));

        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(4L);
    }

    @Test
    void a_held_delivery_waiting_for_its_retry_goes_when_the_poll_sees_it_due() {
        Admission admission = admission(10);
        QueuedDelivery d = admission.admit(Tickets.ticket(6, MINE), null, T0);
        d.awaitingRetry.set(true);
        ready.clear();
        store.rows.add(Tickets.ticket(6, MINE, T0.plusSeconds(2), false));

        admission.poll(T0.plusSeconds(2));

        assertThat(ready).containsExactly(d);
        assertThat(d.awaitingRetry).isFalse();
    }

    @Test
    void a_poll_that_read_the_row_before_the_retry_was_stored_does_not_send_the_retry_early() {
        Admission admission = admission(10);
        QueuedDelivery d = admission.admit(Tickets.ticket(9, MINE), null, T0);
        d.attempts = 1; // sent, answered 503; its retry step not committed yet
        d.awaitingRetry.set(true);
        ready.clear();
        store.rows.add(Tickets.ticket(9, MINE, 1, T0, 0, T0, false));

        admission.poll(T0.plusMillis(300));

        assertThat(ready).isEmpty();
        assertThat(d.awaitingRetry).isTrue();
    }

    @Test
    void an_instance_alone_leaves_new_pushes_to_its_own_admission_and_polls_for_what_became_due() {
        alone = true;
        Admission admission = admission(10);
        store.rows.add(Tickets.ticket(10, MINE, 1, T0.plusMillis(250), 0, T0.plusMillis(250), false));
        store.rows.add(Tickets.ticket(11, MINE, 1, T0.plusMillis(250), 1, T0, false));

        admission.poll(T0.plusMillis(300));

        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(11L);
    }

    @Test
    void an_instance_alone_looks_at_the_store_at_most_every_300_ms_and_misses_nothing_in_between() {
        alone = true;
        Admission admission = admission(10);
        admission.poll(T0);
        store.rows.add(Tickets.ticket(12, MINE, 1, T0.plusMillis(50), 1, T0.minusSeconds(5), false));

        admission.poll(T0.plusMillis(100));
        assertThat(ready).isEmpty();

        admission.poll(T0.plusMillis(300));
        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(12L);
    }

    @Test
    void in_a_cluster_the_poll_looks_at_the_store_at_every_tick() {
        Admission admission = admission(10);
        admission.poll(T0);
        store.rows.add(Tickets.ticket(13, MINE, 1, T0.plusMillis(50), 1, T0.minusSeconds(5), false));

        admission.poll(T0.plusMillis(100));

        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(13L);
    }

    @Test
    void in_a_cluster_the_poll_takes_new_pushes_stored_by_any_instance() {
        Admission admission = admission(10);
        store.rows.add(Tickets.ticket(10, MINE, 1, T0.plusMillis(100), 0, T0.plusMillis(100), false));

        admission.poll(T0.plusMillis(300));

        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(10L);
    }

    @Test
    void a_delivery_let_go_while_a_poll_read_it_is_not_taken_in_again() {
        Admission admission = admission(10);
        QueuedDelivery d = admission.admit(Tickets.ticket(8, MINE), null, T0);
        store.rows.add(Tickets.ticket(8, MINE));
        // Delivered and let go while the poll's query, which still saw it pending, was reading.
        store.duringQuery = () -> admission.forget(d);

        admission.poll(T0.plusMillis(300));

        assertThat(ready).containsExactly(d);
        assertThat(admission.held()).isZero();
    }

    @Test
    void a_partition_taken_over_is_scanned_page_by_page_within_the_window() {
        for (long id = 1; id <= 3; id++) {
            store.rows.add(Tickets.ticket(id, MINE));
        }
        Admission admission = admission(2);

        admission.scan(owned);
        assertThat(admission.scanPage(T0)).isTrue();
        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(1L, 2L);

        // The first is delivered: no longer pending in the store, and no longer held.
        store.rows.removeIf(t -> t.deliveryId() == 1L);
        admission.forget(ready.get(0));
        admission.scanPage(T0);
        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(1L, 2L, 3L);
    }

    @Test
    void nothing_of_a_partition_lost_is_scanned() {
        store.rows.add(Tickets.ticket(7, MINE));
        Admission admission = admission(10);
        admission.scan(Set.copyOf(owned));
        owned.clear();

        assertThat(admission.scanPage(T0)).isFalse();
        assertThat(ready).isEmpty();
    }

    @Test
    void a_push_accepted_during_a_scan_for_missed_work_is_held_at_once() {
        Admission admission = admission(10);
        admission.scan(owned);

        assertThat(admission.admitAccepted(Tickets.ticket(1, MINE), null, T0)).isNotNull();

        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(1L);
    }

    @Test
    void a_scan_reads_only_what_was_due_when_it_began_so_it_ends_under_load() {
        for (long id = 1; id <= Admission.SCAN_PAGE; id++) {
            store.rows.add(Tickets.ticket(id, MINE));
        }
        Admission admission = admission(10 * Admission.SCAN_PAGE);
        admission.scan(owned);
        assertThat(admission.scanPage(T0)).isTrue();
        for (long id = 2L * Admission.SCAN_PAGE;
                id < 3L * Admission.SCAN_PAGE;
                id++) { // arrived since, held as they came
            store.rows.add(Tickets.ticket(id, MINE, T0.plusSeconds(1), false));
        }

        assertThat(admission.scanPage(T0.plusSeconds(1))).isFalse();

        assertThat(ready).hasSize(Admission.SCAN_PAGE);
    }

    @Test
    void a_push_accepted_when_no_scan_runs_is_held_at_once() {
        Admission admission = admission(10);

        assertThat(admission.admitAccepted(Tickets.ticket(1, MINE), null, T0)).isNotNull();

        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(1L);
    }

    @Test
    void a_push_accepted_while_its_partition_is_taken_over_goes_after_every_delivery_the_scan_finds() {
        for (long id = 10; id <= 10 + Admission.SCAN_PAGE; id++) { // a dead instance's backlog: two pages
            store.rows.add(Tickets.ticket(id, MINE));
        }
        Admission admission = admission(2 * Admission.SCAN_PAGE);
        admission.takeOver(owned);
        assertThat(admission.scanPage(T0)).isTrue(); // the first page

        // accepted here now, with an id below the scan's cursor (ids come in blocks per instance)
        DeliveryTicket accepted = Tickets.ticket(5, MINE);
        store.rows.add(accepted);
        assertThat(admission.admitAccepted(accepted, null, T0)).isNull();
        assertThat(admission.scanPage(T0)).isFalse(); // the last page, one row; the scan ends

        int last = Admission.SCAN_PAGE + 10;
        assertThat(ready).hasSize(Admission.SCAN_PAGE + 2);
        assertThat(ready.subList(Admission.SCAN_PAGE - 1, Admission.SCAN_PAGE + 2))
                .extracting(d -> d.deliveryId)
                .containsExactly(last - 1L, (long) last, 5L);
    }

    @Test
    void a_push_accepted_during_a_scan_that_finds_it_too_is_held_once() {
        store.rows.add(Tickets.ticket(1, MINE));
        Admission admission = admission(10);
        admission.takeOver(owned);
        DeliveryTicket accepted = Tickets.ticket(2, MINE);
        store.rows.add(accepted);

        assertThat(admission.admitAccepted(accepted, null, T0)).isNull();
        admission.scanPage(T0);

        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(1L, 2L);
    }

    @Test
    void a_push_accepted_during_a_scan_and_delivered_before_the_scan_ends_is_not_sent_again() {
        for (long id = 10; id < 10 + Admission.SCAN_PAGE; id++) { // the first page
            store.rows.add(Tickets.ticket(id, MINE));
        }
        long second = 2L * Admission.SCAN_PAGE;
        DeliveryTicket accepted = Tickets.ticket(second, MINE);
        for (long id = second; id < second + Admission.SCAN_PAGE; id++) { // the second page, the accepted push first
            store.rows.add(id == second ? accepted : Tickets.ticket(id, MINE));
        }
        store.rows.add(Tickets.ticket(4L * Admission.SCAN_PAGE, MINE)); // the last page
        Admission admission = admission(10 * Admission.SCAN_PAGE);
        admission.takeOver(owned);
        assertThat(admission.admitAccepted(accepted, null, T0)).isNull();
        assertThat(admission.scanPage(T0)).isTrue();
        assertThat(admission.scanPage(T0)).isTrue();

        admission.forget(admission.get(second)); // delivered, its final step stored
        store.rows.remove(accepted);
        assertThat(admission.scanPage(T0)).isFalse();

        assertThat(ready).filteredOn(d -> d.deliveryId == second).hasSize(1);
        assertThat(ready).hasSize(2 * Admission.SCAN_PAGE + 1);
    }

    @Test
    void a_push_accepted_after_the_scan_began_is_sent_when_the_scan_ends() {
        Admission admission = admission(10);
        admission.takeOver(owned);
        Instant acceptedAt = T0.plusMillis(40); // the scan's look at the store began at T0
        DeliveryTicket accepted = Tickets.ticket(7, MINE, acceptedAt, false);
        store.rows.add(accepted);

        assertThat(admission.admitAccepted(accepted, null, acceptedAt)).isNull();
        assertThat(admission.scanPage(T0)).isFalse();

        assertThat(ready).extracting(d -> d.deliveryId).containsExactly(7L);
    }

    @Test
    void a_push_accepted_during_a_scan_for_later_delivery_is_left_for_the_poll() {
        Admission admission = admission(10);
        admission.takeOver(owned);
        DeliveryTicket later = Tickets.ticket(8, MINE, T0.plusSeconds(60), false);
        store.rows.add(later);

        assertThat(admission.admitAccepted(later, null, T0)).isNull();
        assertThat(admission.scanPage(T0)).isFalse();

        assertThat(ready).isEmpty();
    }

    @Test
    void a_push_accepted_during_the_scan_of_a_partition_then_lost_is_left_to_its_new_owner() {
        Admission admission = admission(10);
        admission.takeOver(Set.copyOf(owned));
        assertThat(admission.admitAccepted(Tickets.ticket(3, MINE), null, T0)).isNull();
        owned.clear();

        assertThat(admission.scanPage(T0)).isFalse();

        assertThat(ready).isEmpty();
        assertThat(admission.held()).isZero();
    }
}
