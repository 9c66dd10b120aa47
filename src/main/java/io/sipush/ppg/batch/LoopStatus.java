package io.sipush.ppg.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which of the PPG's long-running loop threads (group-commit writers, delivery workers, sweeps)
 * are down: a loop that caught an {@link Error} (an OutOfMemoryError, say) reports itself down
 * while it pauses, and up once it runs again. The readiness check reads it: a PPG whose writer is
 * restarting answers 4001, and should not get traffic meanwhile.
 */
public final class LoopStatus {
    private static final LoopStatus SHARED = new LoopStatus();

    private final Map<String, String> down = new ConcurrentHashMap<>();
    private final AtomicLong restarts = new AtomicLong();

    /** The application's loops. */
    public static LoopStatus shared() {
        return SHARED;
    }

    /** The loop stopped working after {@code cause} and is about to restart. */
    public void down(String loop, Throwable cause) {
        if (down.put(loop, String.valueOf(cause)) == null) {
            restarts.incrementAndGet();
        }
    }

    /** The loop runs again. */
    public void up(String loop) {
        down.remove(loop);
    }

    /** The loops that are down, each with the error that stopped it. */
    public Map<String, String> down() {
        return Map.copyOf(down);
    }

    public boolean isDown(String loop) {
        return down.containsKey(loop);
    }

    /** How many times a loop went down since the start. */
    public long restarts() {
        return restarts.get();
    }
}
