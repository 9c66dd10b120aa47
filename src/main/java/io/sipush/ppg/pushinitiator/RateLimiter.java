package io.sipush.ppg.pushinitiator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request rate limits of all PIs, one {@link TokenBucket} each, in memory: a restart, or a
 * changed limit, starts a PI with a full bucket. A limit of 0 means unlimited.
 */
public final class RateLimiter {
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Whether the PI may make one more request now, under its limit of requests per second. */
    public boolean tryAcquire(String piName, int ratePerSecond, long nowNanos) {
        if (ratePerSecond <= 0) {
            buckets.remove(piName);
            return true;
        }
        TokenBucket bucket = buckets.compute(
                piName,
                (name, existing) -> existing != null && existing.ratePerSecond() == ratePerSecond
                        ? existing
                        : new TokenBucket(ratePerSecond, nowNanos));
        return bucket.tryAcquire(nowNanos);
    }

    /**
     * This instance's share of a PI's cluster-wide rate limit: the limit divided among the live
     * instances, rounded up, never below 1 (0 stays unlimited). Behind a load balancer that
     * spreads the PI's requests evenly, the cluster then admits about the limit in all.
     */
    public static int shareOf(int ratePerSecond, int liveInstances) {
        if (ratePerSecond <= 0 || liveInstances <= 1) {
            return ratePerSecond;
        }
        return Math.max(1, (ratePerSecond + liveInstances - 1) / liveInstances);
    }

    /** Drops what is known of a PI, after its account changed or went away. */
    public void forget(String piName) {
        buckets.remove(piName);
    }
}
