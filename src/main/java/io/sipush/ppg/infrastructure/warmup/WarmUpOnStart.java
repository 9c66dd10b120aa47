package io.sipush.ppg.infrastructure.warmup;

import io.sipush.ppg.config.PpgSettings;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.annotation.Resource;
import javax.enterprise.concurrent.ManagedThreadFactory;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.context.Initialized;
import javax.enterprise.event.Observes;
import javax.inject.Inject;

/**
 * At start, runs the {@link CodecWarmUp} {@code PPG_WARMUP_ROUNDS} times on a thread of its own;
 * the PPG reports ready only once it is done (WarmUpCheck), so that a load balancer sends the
 * first pushes to compiled code. A failed warm-up is logged and counts as done.
 */
@ApplicationScoped
public class WarmUpOnStart {
    private static final Logger LOG = Logger.getLogger(WarmUpOnStart.class.getName());

    @Inject
    PpgSettings settings;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean done;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        int rounds = settings.warmUpRounds();
        if (rounds <= 0) {
            done = true;
            return;
        }
        Thread thread = threads.newThread(() -> warmUp(rounds));
        thread.setName("ppg-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the warm-up has ended (or there is none). */
    public boolean done() {
        return done;
    }

    private void warmUp(int rounds) {
        long start = System.nanoTime();
        try {
            int decoded = new CodecWarmUp(settings.papLimits()).run(rounds);
            LOG.info(() -> String.format(
                    "PAP codec warm-up: %d requests decoded and answered in %.1f s",
                    decoded, (System.nanoTime() - start) / 1e9));
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "PAP codec warm-up failed; the PPG starts without it", e);
        } finally {
            done = true;
        }
    }
}
