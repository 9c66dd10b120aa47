package io.sipush.ppg.pushinitiator;

/**
 * A token bucket for one PI's request rate: it holds at most {@code ratePerSecond} tokens (one
 * second's worth of burst), refills continuously at {@code ratePerSecond}, and each request takes
 * one token. Time comes in from the caller (nanoseconds, as {@link System#nanoTime()}), so the
 * bucket is testable without sleeping.
 */
public final class TokenBucket {
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final int ratePerSecond;
    private double tokens;
    private long lastRefill;

    public TokenBucket(int ratePerSecond, long nowNanos) {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("ratePerSecond must be positive: " + ratePerSecond);
        }
        this.ratePerSecond = ratePerSecond;
        this.tokens = ratePerSecond;
        this.lastRefill = nowNanos;
    }

    /** Takes one token if there is one. */
    public synchronized boolean tryAcquire(long nowNanos) {
        long elapsed = nowNanos - lastRefill;
        if (elapsed > 0) {
            tokens = Math.min(ratePerSecond, tokens + elapsed / NANOS_PER_SECOND * ratePerSecond);
            lastRefill = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    public int ratePerSecond() {
        return ratePerSecond;
    }
}
