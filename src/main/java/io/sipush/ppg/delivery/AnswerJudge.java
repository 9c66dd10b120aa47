package io.sipush.ppg.delivery;

import io.sipush.ppg.push.DeliveryStep;
import io.sipush.ppg.push.DeliveryStep.Kind;
import io.sipush.ppg.push.RetryPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Judges a SIP answer to a delivery's MESSAGE: the step it comes to, with no side effect. A 3xx
 * with a Contact is followed once (RFC 3261 §8.1.3.4); otherwise {@link SipOutcome} says
 * delivered, undeliverable or retry, and a retry gets its next attempt time from the {@link
 * RetryPolicy}, or ends undeliverable when the retries are used up.
 */
final class AnswerJudge {
    private final RetryPolicy policy;
    private final Supplier<Random> random;

    AnswerJudge(RetryPolicy policy, Supplier<Random> random) {
        this.policy = policy;
        this.random = random;
    }

    /**
     * @param d the delivery as it was when its MESSAGE went out ({@code attempts} counts that one)
     * @param sentAt when the MESSAGE went out
     */
    DeliveryStep judge(QueuedDelivery d, Instant sentAt, SipAnswer answer, Instant now) {
        if (answer.redirects() && !d.redirected) {
            return step(d, Kind.REDIRECT, sentAt, now, answer, answer.redirectContact(), null);
        }
        return switch (SipOutcome.of(answer.status(), d.method)) {
            case DELIVERED -> step(d, Kind.DELIVERED, sentAt, now, answer, null, null);
            case UNDELIVERABLE -> step(d, Kind.UNDELIVERABLE, sentAt, now, answer, answer.text(), null);
            case RETRY -> retry(d, sentAt, answer, now);
        };
    }

    private DeliveryStep retry(QueuedDelivery d, Instant sentAt, SipAnswer answer, Instant now) {
        Optional<Instant> next =
                policy.nextAttempt(d.attempts, now, d.receivedAt, answer.retryAfterSeconds(), random.get());
        if (next.isEmpty()) {
            return step(
                    d, Kind.UNDELIVERABLE, sentAt, now, answer, "retries used up; last answer " + answer.text(), null);
        }
        return step(d, Kind.RETRY, sentAt, now, answer, answer.text(), next.get());
    }

    private static DeliveryStep step(
            QueuedDelivery d, Kind kind, Instant sentAt, Instant now, SipAnswer answer, String detail, Instant next) {
        return DeliveryStep.answered(d.deliveryId, kind, sentAt, d.target, now, answer.status(), detail, next);
    }
}
