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
 * At start, on a thread of its own, runs the {@link CodecWarmUp} {@code PPG_WARMUP_ROUNDS} times,
 * then the {@link PushWarmUp} ({@code PPG_WARMUP_PUSHES} pushes to the PPG itself); the PPG
 * reports ready only once both are done (WarmUpCheck), so that a load balancer sends the first
 * pushes to compiled code. A failed warm-up is logged and counts as done.
 */
@ApplicationScoped
public class WarmUpOnStart {
    private static final Logger LOG = Logger.getLogger(WarmUpOnStart.class.getName());
    private static final int SENDERS = 4;

    @Inject
    PpgSettings settings;

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean done;

    @Inject
    PushWarmUp pushes;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        int rounds = settings.warmUpRounds();
        if (rounds <= 0 && settings.warmUpTraffic().pushes() <= 0) {
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
        try {
            if (rounds > 0) {
                warmUpCodec(rounds);
            }
            if (settings.warmUpTraffic().pushes() > 0) {
                warmUpPushes();
            }
        } finally {
            done = true;
        }
    }

    private void warmUpCodec(int rounds) {
        long start = System.nanoTime();
        try {
            int decoded = new CodecWarmUp(settings.papLimits()).run(rounds);
            LOG.info(() -> String.format(
                    "PAP codec warm-up: %d requests decoded and answered in %.1f s",
                    decoded, (System.nanoTime() - start) / 1e9));
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "PAP codec warm-up failed; the PPG starts without it", e);
        }
    }

    private void warmUpPushes() {
        try {
            PushWarmUp.Outcome outcome = pushes.run(SENDERS, threads);
            LOG.log(
                    outcome.complete() ? Level.INFO : Level.WARNING,
                    String.format(
                            "Push warm-up: %d pushes to the PPG itself (PAP answers %s), %d MESSAGEs answered, %d"
                                    + " pushes removed, in %.1f s%s",
                            outcome.pushes(),
                            outcome.answers(),
                            outcome.delivered(),
                            outcome.removed(),
                            outcome.took().toMillis() / 1000.0,
                            outcome.complete()
                                    ? ""
                                    : "; not every push was taken and answered: look at the PAP answers, and at"
                                            + " the SIP listener if MESSAGEs went unanswered"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warning("Push warm-up interrupted; the PPG starts without it");
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "Push warm-up failed; the PPG starts without it", e);
        }
    }
}
