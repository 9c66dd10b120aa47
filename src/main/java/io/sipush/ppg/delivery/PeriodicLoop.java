package io.sipush.ppg.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Runs a task {@code every} after the end of its last run, on a thread of its own: the
 * container's scheduler hands its tasks to the executor that also runs every PAP request, where a
 * lease heartbeat could wait behind them. A run that started more than {@code every} late, or took
 * longer than {@code every}, is reported with both figures.
 */
final class PeriodicLoop {
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param task must not throw; see {@link DeliveryEngine#survivor}
     * @param slow hears of a late or slow run: how late it started and how long it took
     */
    PeriodicLoop(
            String name, Duration every, Runnable task, BiConsumer<Duration, Duration> slow, ThreadFactory threads) {
        long period = every.toNanos();
        thread = threads.newThread(() -> loop(period, task, slow));
        thread.setName(name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void loop(long period, Runnable task, BiConsumer<Duration, Duration> slow) {
        long due = System.nanoTime();
        while (running) {
            long started = System.nanoTime();
            task.run();
            long ended = System.nanoTime();
            long late = started - due;
            if (late > period || ended - started > period) {
                slow.accept(Duration.ofNanos(late), Duration.ofNanos(ended - started));
            }
            due = ended + period;
            try {
                TimeUnit.NANOSECONDS.sleep(period);
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }
}
