package io.sipush.ppg.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides which of the engine's chores run at each tick (every {@code PPG_POLL_MS}): the look for
 * due work of the owned partitions and a page of any full scan at every tick; the expiry of
 * overdue deliveries and the time-out of unanswered MESSAGEs every second; a full scan of the
 * owned partitions every half minute, as a safety net; the purge of expired registrations every
 * minute. A chore that fails is logged and runs again at its next turn; it never stops the others.
 */
final class Sweeper {
    private static final Logger LOG = Logger.getLogger(Sweeper.class.getName());
    static final Duration EXPIRY_EVERY = Duration.ofSeconds(1);
    static final Duration SCAN_EVERY = Duration.ofSeconds(30);
    static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    /** What the sweeper runs. */
    interface Chores {
        void poll(Instant now);

        /** One page of a full scan; true while pages remain. */
        boolean scanPage(Instant now);

        void scanAll();

        void expireOverdue(Instant now);

        void timeOutUnanswered(Instant now);

        void purgeRegistrations(Instant now);
    }

    private final Chores chores;
    private Instant lastExpiry = Instant.MIN;
    private Instant lastScan;
    private Instant lastPurge;

    Sweeper(Chores chores, Instant start) {
        this.chores = chores;
        this.lastScan = start;
        this.lastPurge = start;
    }

    void tick(Instant now) {
        run("poll", () -> chores.poll(now));
        run("scan", () -> chores.scanPage(now));
        if (due(lastExpiry, EXPIRY_EVERY, now)) {
            lastExpiry = now;
            run("expiry", () -> chores.expireOverdue(now));
            run("time-out", () -> chores.timeOutUnanswered(now));
        }
        if (due(lastScan, SCAN_EVERY, now)) {
            lastScan = now;
            run("full scan", chores::scanAll);
        }
        if (due(lastPurge, PURGE_EVERY, now)) {
            lastPurge = now;
            run("purge", () -> chores.purgeRegistrations(now));
        }
    }

    private static boolean due(Instant last, Duration every, Instant now) {
        return last == Instant.MIN || !now.isBefore(last.plus(every));
    }

    private static void run(String chore, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivery " + chore + " failed; it runs again at its next turn", e);
        }
    }
}
