package io.sipush.ppg.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far behind delivery runs: how long fresh deliveries (first attempts, whose terminal had
 * nothing else out) waited from the time they were ready until their MESSAGE went out, smoothed
 * over the last few dozen. Above the limit the PPG is behind and refuses new pushes, until the
 * smoothed wait falls below half the limit (issue 12, overload control). A delivery that waited
 * behind its own terminal's earlier push says nothing of the PPG's capacity and is not counted;
 * nor is work recovered or taken over, whose wait is its owner's absence. With no MESSAGE sent
 * for {@link #QUIET}, nothing is waiting to be sent, and the PPG is not behind.
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

    /** A fresh delivery waited this long before its MESSAGE went out. */
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
                "the PPG is busy: its deliveries wait %d ms to go out (limit %d ms); try again later",
                Math.round(smoothedMillis), limitMillis));
    }
}
