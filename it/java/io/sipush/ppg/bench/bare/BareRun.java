package io.sipush.ppg.bench.bare;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/** One run of the bare container: the in-flight window and the answers counted so far. */
final class BareRun {
    private static volatile BareRun current;

    final Semaphore window;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong ok = new AtomicLong();
    final AtomicLong other = new AtomicLong();
    final AtomicLong lastAnswerNanos = new AtomicLong();

    BareRun(int window) {
        this.window = new Semaphore(window);
    }

    static void begin(BareRun run) {
        current = run;
    }

    /** A final answer to one of the run's MESSAGEs frees its place in the window. */
    static void answered(int status) {
        BareRun run = current;
        if (run == null) {
            return;
        }
        if (status >= 200 && status < 300) {
            run.ok.incrementAndGet();
        } else {
            run.other.incrementAndGet();
        }
        run.lastAnswerNanos.set(System.nanoTime());
        run.window.release();
    }
}
