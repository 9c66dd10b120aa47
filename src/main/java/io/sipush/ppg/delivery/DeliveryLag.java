package io.sipush.ppg.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far behind delivery runs: how long work waited in the engine's own queues (a ready
 * delivery for a worker, a SIP answer for the engine), smoothed over the last few dozen. These
 * waits are inside the PPG, whatever the terminals' round trips: they grow only when the PPG
 * lacks the CPU to deliver what it accepts. Above the limit the PPG refuses new pushes, until the
 * smoothed wait falls below half the limit (issue 12, overload control). With nothing queued for
 * {@link #QUIET}, the PPG is not behind.
 */
final class DeliveryLag {
    static final Duration QUIET = Duration.ofSeconds(1);
    private static final double WEIGHT = 0.05;

    private final long limitMillis;
    private double smoothedMillis;
    private Instant lastSample;
    private boolean behind;

    /** @param limit the wait at which delivery is behind; zero for never */
    DeliveryLag(Duration limit) {
        this.limitMillis = limit.toMillis();
    }

    /** Whether the control is on (a limit above zero). */
    boolean on() {
        return limitMillis > 0;
    }

    /** Work waited this long in one of the engine's queues. */
    void sample(Duration waited, Instant now) {
        if (limitMillis == 0) {
            return; // off (the default): no lock taken on the send path
        }
        smooth(Math.max(0, waited.toMillis()), now);
    }

    private synchronized void smooth(long millis, Instant now) {
        smoothedMillis = lastSample == null ? millis : smoothedMillis + WEIGHT * (millis - smoothedMillis);
        lastSample = now;
        if (smoothedMillis > limitMillis) {
            behind = true;
        } else if (smoothedMillis < limitMillis / 2.0) {
            behind = false;
        }
    }

    /** Empty while delivery keeps up; else why new pushes are refused. */
    synchronized Optional<String> refusal(Instant now) {
        if (!behind || lastSample == null || lastSample.plus(QUIET).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "the PPG is busy: its deliveries wait %d ms in its queues (limit %d ms); try again later",
                Math.round(smoothedMillis), limitMillis));
    }
}
