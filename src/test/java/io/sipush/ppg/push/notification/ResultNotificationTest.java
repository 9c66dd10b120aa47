package io.sipush.ppg.push.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultNotificationTest {
    private static final Instant STORED = Instant.parse("2026-11-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final byte[] BODY = "<pap/>".getBytes(StandardCharsets.UTF_8);

    private static ResultNotification fresh() {
        return ResultNotification.pending(
                7, 11, "dm-server", "push-1@dm.example.org", "http://pi.example.org/notify", BODY, STORED);
    }

    @Test
    void new_notification_is_pending_and_due_at_once() {
        ResultNotification n = fresh();

        assertThat(n.state()).isEqualTo(NotificationState.PENDING);
        assertThat(n.attempts()).isZero();
        assertThat(n.isDueAt(STORED)).isTrue();
        assertThat(n.nextAttemptAt()).contains(STORED);
        assertThat(n.body()).isEqualTo(BODY);
        assertThat(n.targetUrl()).isEqualTo("http://pi.example.org/notify");
    }

    @Test
    void claim_hands_out_what_to_send_and_counts_the_attempt() {
        ResultNotification n = fresh();

        NotificationAttempt attempt = n.claim(STORED, LEASE).orElseThrow();

        assertThat(attempt.number()).isEqualTo(1);
        assertThat(attempt.url()).isEqualTo("http://pi.example.org/notify");
        assertThat(attempt.pushId()).isEqualTo("push-1@dm.example.org");
        assertThat(attempt.piName()).isEqualTo("dm-server");
        assertThat(attempt.body()).isEqualTo(BODY);
        assertThat(n.attempts()).isEqualTo(1);
    }

    @Test
    void claimed_notification_cannot_be_claimed_again_while_the_lease_runs() {
        ResultNotification n = fresh();
        n.claim(STORED, LEASE);

        assertThat(n.claim(STORED.plusSeconds(29), LEASE)).isEmpty();
        assertThat(n.isDueAt(STORED.plusSeconds(29))).isFalse();
    }

    @Test
    void claim_of_a_sender_that_vanished_runs_out_and_the_notification_is_due_again() {
        ResultNotification n = fresh();
        n.claim(STORED, LEASE);

        Optional<NotificationAttempt> again = n.claim(STORED.plus(LEASE), LEASE);

        assertThat(again).isPresent();
        assertThat(again.get().number()).isEqualTo(2);
    }

    @Test
    void answer_ends_the_notification_as_sent() {
        ResultNotification n = fresh();
        NotificationAttempt attempt = n.claim(STORED, LEASE).orElseThrow();

        assertThat(n.answered(attempt.number(), STORED.plusSeconds(1))).isTrue();

        assertThat(n.state()).isEqualTo(NotificationState.SENT);
        assertThat(n.endedAt()).contains(STORED.plusSeconds(1));
        assertThat(n.isDueAt(STORED.plus(Duration.ofDays(1)))).isFalse();
        assertThat(n.claim(STORED.plus(Duration.ofDays(1)), LEASE)).isEmpty();
    }

    @Test
    void failure_schedules_the_next_attempt_and_keeps_the_reason() {
        ResultNotification n = fresh();
        NotificationAttempt attempt = n.claim(STORED, LEASE).orElseThrow();
        Instant next = STORED.plusSeconds(2);

        assertThat(n.failed(attempt.number(), STORED.plusSeconds(1), "HTTP 503", Optional.of(next)))
                .isTrue();

        assertThat(n.state()).isEqualTo(NotificationState.PENDING);
        assertThat(n.lastError()).contains("HTTP 503");
        assertThat(n.nextAttemptAt()).contains(next);
        assertThat(n.claimedUntil()).isEmpty();
        assertThat(n.isDueAt(next.minusMillis(1))).isFalse();
        assertThat(n.isDueAt(next)).isTrue();
    }

    @Test
    void failure_without_a_next_attempt_abandons_the_notification() {
        ResultNotification n = fresh();
        NotificationAttempt attempt = n.claim(STORED, LEASE).orElseThrow();

        n.failed(attempt.number(), STORED.plusSeconds(1), "connection refused", Optional.empty());

        assertThat(n.state()).isEqualTo(NotificationState.ABANDONED);
        assertThat(n.endedAt()).contains(STORED.plusSeconds(1));
        assertThat(n.claim(STORED.plus(Duration.ofDays(9)), LEASE)).isEmpty();
    }

    @Test
    void outcome_of_an_attempt_whose_claim_ran_out_is_ignored() {
        ResultNotification n = fresh();
        NotificationAttempt first = n.claim(STORED, LEASE).orElseThrow();
        NotificationAttempt second = n.claim(STORED.plus(LEASE), LEASE).orElseThrow();

        assertThat(n.failed(first.number(), STORED.plus(LEASE), "late", Optional.of(STORED.plus(LEASE))))
                .isFalse();
        assertThat(n.answered(first.number(), STORED.plus(LEASE))).isFalse();

        assertThat(n.state()).isEqualTo(NotificationState.PENDING);
        assertThat(n.answered(second.number(), STORED.plus(LEASE))).isTrue();
        assertThat(n.state()).isEqualTo(NotificationState.SENT);
    }

    @Test
    void sent_notification_ignores_a_later_failure() {
        ResultNotification n = fresh();
        NotificationAttempt attempt = n.claim(STORED, LEASE).orElseThrow();
        n.answered(attempt.number(), STORED);

        assertThat(n.failed(attempt.number(), STORED, "late", Optional.empty())).isFalse();
        assertThat(n.state()).isEqualTo(NotificationState.SENT);
    }

    @Test
    void very_long_reason_is_shortened_to_fit_its_column() {
        ResultNotification n = fresh();
        NotificationAttempt attempt = n.claim(STORED, LEASE).orElseThrow();

        n.failed(attempt.number(), STORED, "x".repeat(2000), Optional.of(STORED.plusSeconds(1)));

        assertThat(n.lastError().orElseThrow()).hasSize(512);
    }
}
