package io.sipush.ppg.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OwnershipTest {
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final InMemoryLeaseStore store = new InMemoryLeaseStore();
    private final RecordingListener firstHeard = new RecordingListener();
    private final RecordingListener secondHeard = new RecordingListener();
    private final Ownership first = new Ownership(store, "ppg-1", LEASE, firstHeard);
    private final Ownership second = new Ownership(store, "ppg-2", LEASE, secondHeard);

    @Test
    void a_lone_instance_takes_every_partition_and_is_told_to_load_them() {
        first.join();
        first.cycle(T0);

        assertThat(first.owned()).hasSize(Partitions.COUNT);
        assertThat(firstHeard.taken).hasSize(Partitions.COUNT);
        assertThat(first.holds(5, T0.plusSeconds(1))).isTrue();
        assertThat(first.settled()).isTrue();
    }

    @Test
    void a_second_instance_gets_half_once_the_first_gives_up_its_surplus() {
        first.join();
        first.cycle(T0);
        second.cycle(T0.plusSeconds(1));
        assertThat(second.owned()).isEmpty();

        first.cycle(T0.plusSeconds(2));
        second.cycle(T0.plusSeconds(3));

        assertThat(first.owned()).hasSize(Partitions.COUNT / 2);
        assertThat(second.owned()).hasSize(Partitions.COUNT / 2);
        assertThat(firstHeard.lost).isEqualTo(second.owned());
        assertThat(first.owned()).doesNotContainAnyElementsOf(second.owned());
    }

    @Test
    void a_partition_with_work_in_flight_is_released_only_when_that_work_settled() {
        first.join();
        first.cycle(T0);
        second.cycle(T0.plusSeconds(1));
        firstHeard.busy.add(63);

        first.cycle(T0.plusSeconds(2));
        second.cycle(T0.plusSeconds(3));
        assertThat(first.holds(63, T0.plusSeconds(3))).isFalse();
        assertThat(second.owned()).doesNotContain(63).hasSize(Partitions.COUNT / 2 - 1);

        firstHeard.busy.clear();
        first.cycle(T0.plusSeconds(4));
        second.cycle(T0.plusSeconds(5));
        assertThat(second.owned()).contains(63).hasSize(Partitions.COUNT / 2);
    }

    @Test
    void the_partitions_of_a_dead_instance_are_taken_once_its_leases_expire() {
        first.join();
        first.cycle(T0);
        second.cycle(T0.plusSeconds(1));
        first.cycle(T0.plusSeconds(2));
        second.cycle(T0.plusSeconds(3));
        // The first instance dies: no more heartbeats after T0 + 2 s.

        second.cycle(T0.plusSeconds(11));
        assertThat(second.owned()).hasSize(Partitions.COUNT / 2);

        second.cycle(T0.plusSeconds(13));
        assertThat(second.owned()).hasSize(Partitions.COUNT);
        assertThat(secondHeard.taken).hasSize(Partitions.COUNT);
    }

    @Test
    void an_instance_that_cannot_renew_stops_sending_before_its_leases_expire() {
        first.join();
        first.cycle(T0);
        store.failing = true;

        first.renewalFailed(T0.plus(LEASE.minus(first.heartbeatInterval())));

        assertThat(first.owned()).isEmpty();
        assertThat(firstHeard.lost).hasSize(Partitions.COUNT);
        assertThat(first.holds(0, T0.plusSeconds(8))).isFalse();
    }

    @Test
    void a_late_heartbeat_that_renews_after_the_send_window_lapsed_reports_the_partitions_taken_again() {
        first.join();
        first.cycle(T0);
        firstHeard.taken.clear();
        Instant late = T0.plusSeconds(8); // the last renewal allowed sending until T0 + 7.5 s
        assertThat(first.holds(5, late)).isFalse();

        first.cycle(late);

        assertThat(first.holds(5, late)).isTrue();
        assertThat(firstHeard.taken).hasSize(Partitions.COUNT);
    }

    @Test
    void a_timely_heartbeat_reports_nothing_taken() {
        first.join();
        first.cycle(T0);
        firstHeard.taken.clear();

        first.cycle(T0.plusSeconds(3));

        assertThat(firstHeard.taken).isEmpty();
    }

    @Test
    void leases_found_taken_by_another_are_dropped_at_the_next_renewal() {
        first.join();
        first.cycle(T0);
        // A pause longer than the lease: another instance took everything meanwhile.
        second.cycle(T0.plusSeconds(20));

        first.cycle(T0.plusSeconds(21));

        assertThat(firstHeard.lost).hasSize(Partitions.COUNT);
        assertThat(first.owned()).isEmpty();
    }

    @Test
    void leaving_frees_every_partition_at_once() {
        first.join();
        first.cycle(T0);

        first.leave();
        second.cycle(T0.plusSeconds(1));

        assertThat(second.owned()).hasSize(Partitions.COUNT);
    }

    @Test
    void a_store_cut_into_another_number_of_partitions_is_refused() {
        InMemoryLeaseStore other = new InMemoryLeaseStore();
        other.ensurePartitions(16);

        assertThatThrownBy(() -> new Ownership(other, "ppg-1", LEASE, firstHeard).join())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("16 partitions");
    }
}
