package io.sipush.ppg.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeasePlanTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static List<Lease> leases(int count, String owner, Instant until) {
        List<Lease> leases = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            leases.add(new Lease(p, owner, until));
        }
        return leases;
    }

    @Test
    void the_fair_share_is_rounded_up() {
        assertThat(LeasePlan.fairShare(64, 1)).isEqualTo(64);
        assertThat(LeasePlan.fairShare(64, 3)).isEqualTo(22);
        assertThat(LeasePlan.fairShare(64, 0)).isEqualTo(64);
    }

    @Test
    void free_partitions_are_taken_up_to_the_fair_share() {
        LeasePlan plan = LeasePlan.of(leases(8, null, Instant.EPOCH), Set.of(), 2, NOW);

        assertThat(plan.take()).containsExactly(0, 1, 2, 3);
        assertThat(plan.giveUp()).isEmpty();
    }

    @Test
    void partitions_of_live_owners_are_not_taken() {
        LeasePlan plan = LeasePlan.of(leases(8, "ppg-1", NOW.plusSeconds(5)), Set.of(), 2, NOW);

        assertThat(plan.take()).isEmpty();
    }

    @Test
    void expired_partitions_are_taken() {
        LeasePlan plan = LeasePlan.of(leases(8, "ppg-1", NOW), Set.of(), 1, NOW);

        assertThat(plan.take()).hasSize(8);
    }

    @Test
    void the_surplus_beyond_the_share_is_given_up_highest_first() {
        LeasePlan plan = LeasePlan.of(leases(4, "me", NOW.plusSeconds(5)), Set.of(0, 1, 2, 3), 2, NOW);

        assertThat(plan.take()).isEmpty();
        assertThat(plan.giveUp()).containsExactly(3, 2);
    }
}
