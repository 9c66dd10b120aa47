package io.sipush.ppg.delivery;

import static io.sipush.ppg.delivery.Tickets.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweeperTest {
    private final List<String> ran = new ArrayList<>();
    private boolean pollFails;

    private final Sweeper sweeper = new Sweeper(
            new Sweeper.Chores() {
                @Override
                public void poll(Instant now) {
                    ran.add("poll");
                    if (pollFails) {
                        throw new IllegalStateException("database down");
                    }
                }

                @Override
                public boolean scanPage(Instant now) {
                    ran.add("scan page");
                    return false;
                }

                @Override
                public void scanAll() {
                    ran.add("scan all");
                }

                @Override
                public void expireOverdue(Instant now) {
                    ran.add("expire");
                }

                @Override
                public void timeOutUnanswered(Instant now) {
                    ran.add("time out");
                }

                @Override
                public void purgeRegistrations(Instant now) {
                    ran.add("purge");
                }
            },
            T0);

    @Test
    void every_tick_polls_and_scans_a_page_and_expiry_runs_once_a_second() {
        sweeper.tick(T0.plusMillis(300));
        sweeper.tick(T0.plusMillis(600));
        sweeper.tick(T0.plusMillis(1400));

        assertThat(ran.stream().filter("poll"::equals)).hasSize(3);
        assertThat(ran.stream().filter("scan page"::equals)).hasSize(3);
        assertThat(ran.stream().filter("expire"::equals)).hasSize(2);
        assertThat(ran).doesNotContain("scan all", "purge");
    }

    @Test
    void the_full_scan_and_the_purge_come_in_their_turn() {
        sweeper.tick(T0.plusSeconds(30));
        assertThat(ran).contains("scan all").doesNotContain("purge");

        sweeper.tick(T0.plusSeconds(60));
        assertThat(ran).contains("purge");
    }

    @Test
    void a_failing_chore_does_not_stop_the_others() {
        pollFails = true;

        sweeper.tick(T0.plusSeconds(1));

        assertThat(ran).contains("scan page", "expire", "time out");
    }
}
