package io.sipush.ppg.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far behind delivery runs (issue 12, overload control), by two measures, each with its own
 * hysteresis: the PPG is behind when either passes the limit, and catches up when it falls below
 * half the limit.
 *
 * <ul>
 *   <li>How long work waited in the engine's own queues (a ready delivery for a worker, a SIP
 *       answer for the engine), smoothed over the last few dozen.
 *   <li>The fastest MESSAGE round trip of the last {@link #WINDOW}, if it had at least {@link
 *       #MIN_ANSWERS}: from the send to the engine hearing the final answer. One slow terminal
 *       does not move a minimum; when even the
 *       fastest of hundreds of answers took longer than the limit, the answers wait inside the
 *       PPG (Liberty runs the SIP container's answers on the executor that also runs the PAP
 *       requests, so a flood of pushes holds the answers back before the engine sees them).
 * </ul>
 *
 * With nothing measured for {@link #QUIET}, the PPG is not behind.
 */
final class DeliveryLag {
    static final Duration QUIET = Duration.ofSeconds(1);
    static final Duration WINDOW = Duration.ofSeconds(1);
    /**
     * A second with fewer answers says nothing of overload: its fastest answer is one of a few
     * terminals' own round trips (a test terminal that answers after 2 s, a slow radio network).
     */
    static final int MIN_ANSWERS = 50;

    private static final double WEIGHT = 0.05;

    private final long limitMillis;
    private double smoothedMillis;
    private Instant lastSample;
    private boolean queuesBehind;

    private Instant windowStart;
    private long windowFastestMillis = Long.MAX_VALUE;
    private int windowAnswers;
    private long lastFastestMillis;
    private boolean roundTripsBehind;

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
            return; // off: no lock taken on the send path
        }
        smooth(Math.max(0, waited.toMillis()), now);
    }

    /** A MESSAGE's final answer reached the engine this long after the MESSAGE was sent. */
    void roundTrip(Duration took, Instant now) {
        if (limitMillis == 0) {
            return;
        }
        fastest(Math.max(0, took.toMillis()), now);
    }

    private synchronized void smooth(long millis, Instant now) {
        smoothedMillis = lastSample == null ? millis : smoothedMillis + WEIGHT * (millis - smoothedMillis);
        lastSample = now;
        queuesBehind = behind(smoothedMillis, queuesBehind);
    }

    private synchronized void fastest(long millis, Instant now) {
        if (windowStart == null) {
            windowStart = now;
        } else if (!now.isBefore(windowStart.plus(WINDOW))) {
            lastFastestMillis = windowAnswers >= MIN_ANSWERS ? windowFastestMillis : 0;
            roundTripsBehind = behind(lastFastestMillis, roundTripsBehind);
            windowStart = now;
            windowFastestMillis = Long.MAX_VALUE;
            windowAnswers = 0;
        }
        windowFastestMillis = Math.min(windowFastestMillis, millis);
        windowAnswers++;
        lastSample = now;
    }

    private boolean behind(double millis, boolean wasBehind) {
        if (millis > limitMillis) {
            return true;
        }
        return wasBehind && millis >= limitMillis / 2.0;
    }

    /** Empty while delivery keeps up; else why new pushes are refused. */
    synchronized Optional<String> refusal(Instant now) {
        if (!(queuesBehind || roundTripsBehind)
                || lastSample == null
                || lastSample.plus(QUIET).isBefore(now)) {
            return Optional.empty();
        }
        if (queuesBehind) {
            return Optional.of(String.format(
                    "the PPG is busy: its deliveries wait %d ms in its queues (limit %d ms); try again later",
                    Math.round(smoothedMillis), limitMillis));
        }
        return Optional.of(String.format(
                "the PPG is busy: even its fastest MESSAGE of the last second took %d ms to be answered"
                        + " (limit %d ms); try again later",
                lastFastestMillis, limitMillis));
    }
}
