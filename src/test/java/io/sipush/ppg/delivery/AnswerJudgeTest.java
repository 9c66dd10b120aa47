package io.sipush.ppg.delivery;

import static io.sipush.ppg.delivery.Tickets.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.push.DeliveryStep;
import io.sipush.ppg.push.DeliveryStep.Kind;
import io.sipush.ppg.push.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerJudgeTest {
    private static final Instant SENT = T0.plusSeconds(1);
    private static final Instant NOW = T0.plusSeconds(2);

    private final AnswerJudge judge = new AnswerJudge(
            new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(10)),
            () -> new Random(7));
    private final QueuedDelivery delivery = Tickets.delivery(1, "sip:alice@ims.example.org");

    private DeliveryStep judge(int status, String reason, int retryAfter, String contact) {
        delivery.attempts = 1;
        delivery.target = "sip:alice@192.0.2.1";
        return judge.judge(delivery, SENT, new SipAnswer(status, reason, retryAfter, contact), NOW);
    }

    @Test
    void a_200_delivers_and_keeps_the_attempt() {
        DeliveryStep step = judge(200, "OK", -1, null);

        assertThat(step.kind()).isEqualTo(Kind.DELIVERED);
        assertThat(step.sentAt()).isEqualTo(SENT);
        assertThat(step.target()).isEqualTo("sip:alice@192.0.2.1");
        assertThat(step.sipStatus()).isEqualTo(200);
    }

    @Test
    void a_404_is_undeliverable_with_the_answer_as_reason() {
        DeliveryStep step = judge(404, "Not Found", -1, null);

        assertThat(step.kind()).isEqualTo(Kind.UNDELIVERABLE);
        assertThat(step.detail()).isEqualTo("SIP 404 Not Found");
    }

    @Test
    void a_503_retries_no_sooner_than_its_retry_after() {
        DeliveryStep step = judge(503, "Busy", 30, null);

        assertThat(step.kind()).isEqualTo(Kind.RETRY);
        assertThat(step.nextAttempt()).isAfterOrEqualTo(NOW.plusSeconds(30));
        assertThat(step.detail()).isEqualTo("SIP 503 Busy");
    }

    @Test
    void a_retry_past_the_retry_limit_ends_undeliverable() {
        DeliveryStep step = judge(503, null, 3600, null);

        assertThat(step.kind()).isEqualTo(Kind.UNDELIVERABLE);
        assertThat(step.detail()).isEqualTo("retries used up; last answer SIP 503");
    }

    @Test
    void a_redirect_is_followed_once() {
        DeliveryStep first = judge(302, "Moved", -1, "sip:alice@192.0.2.9");
        assertThat(first.kind()).isEqualTo(Kind.REDIRECT);
        assertThat(first.detail()).isEqualTo("sip:alice@192.0.2.9");

        delivery.redirected = true;
        DeliveryStep second = judge(302, "Moved", -1, "sip:alice@192.0.2.10");
        assertThat(second.kind()).isEqualTo(Kind.UNDELIVERABLE);
    }
}
