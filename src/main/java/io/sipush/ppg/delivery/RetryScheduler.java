package io.sipush.ppg.delivery;

import java.time.Instant;

/**
 * Keeps a delivery's next attempt in a durable schedule, so that it fires even after a restart:
 * at {@code at} (or at once, if that has passed) the scheduler calls {@link
 * RetryDue#retryDue(long)} with the delivery id.
 */
public interface RetryScheduler {

    void schedule(long deliveryId, Instant at);
}
