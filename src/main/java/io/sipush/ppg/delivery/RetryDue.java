package io.sipush.ppg.delivery;

/**
 * Told by the {@link RetryScheduler} when a delivery's retry time came. Any instance may be told
 * (a persistent timer of a dead instance fires on a survivor): only the partition's owner sends,
 * and it finds the delivery due in the store in any case, so this is a nudge, never the only way.
 */
public interface RetryDue {

    void retryDue(long deliveryId);
}
