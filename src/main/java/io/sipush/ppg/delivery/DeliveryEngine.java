package io.sipush.ppg.delivery;

import io.sipush.ppg.push.PushAccepted;
import io.sipush.ppg.terminal.TerminalRegistered;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.enterprise.concurrent.ManagedScheduledExecutorService;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.context.Initialized;
import javax.enterprise.event.Observes;
import javax.enterprise.event.TransactionPhase;
import javax.inject.Inject;

/**
 * Drives deliveries: starts them when a push is stored or a terminal registers, sends each
 * MESSAGE through the {@link DeliveryPort}, and applies the answers. The store is the only state:
 * a sweep every second resumes whatever is due (after a restart, a lost timer or a MESSAGE that
 * never got an answer), so timers in memory are only a shortcut.
 */
@ApplicationScoped
public class DeliveryEngine implements DeliveryOutcomeListener {
    private static final Logger LOG = Logger.getLogger(DeliveryEngine.class.getName());
    /** The sweep leaves fresh work to the direct path for this long. */
    private static final Duration SWEEP_GRACE = Duration.ofSeconds(3);

    private static final int SWEEP_BATCH = 500;

    @Inject
    DeliveryWork work;

    @Inject
    DeliveryPort port;

    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> sweeper;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        sweeper = executor.scheduleWithFixedDelay(this::sweep, 2, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeper != null) {
            sweeper.cancel(false);
        }
    }

    void onPushAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushAccepted accepted) {
        attemptAt(accepted.deliveryIds(), accepted.firstAttemptAt());
    }

    void onTerminalRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) TerminalRegistered registered) {
        executor.execute(() -> guarded(() -> attemptNow(work.releaseAwaiting(registered.aor(), Instant.now()))));
    }

    @Override
    public void onFinalResponse(long deliveryId, int sipStatus, String reason, int retryAfterSeconds) {
        executor.execute(() ->
                guarded(() -> work.recordAnswer(deliveryId, sipStatus, reason, retryAfterSeconds, Instant.now())
                        .ifPresent(at -> attemptAt(java.util.List.of(deliveryId), at))));
    }

    private void attemptAt(Collection<Long> ids, Instant at) {
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis());
        for (Long id : ids) {
            if (delay == 0) {
                executor.execute(() -> attempt(id));
            } else {
                executor.schedule(() -> attempt(id), delay, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void attemptNow(Collection<Long> ids) {
        attemptAt(ids, Instant.now());
    }

    private void attempt(long deliveryId) {
        guarded(() -> work.prepareAttempt(deliveryId, Instant.now()).ifPresent(this::send));
    }

    private void send(OtaSipRequest request) {
        try {
            port.send(request);
        } catch (DeliveryTransportException e) {
            LOG.log(Level.WARNING, "delivery {0}: {1}", new Object[] {request.deliveryId(), e.getMessage()});
            onFinalResponse(request.deliveryId(), 503, "transport error: " + e.getMessage(), -1);
        }
    }

    void sweep() {
        guarded(() -> {
            Instant now = Instant.now();
            work.expireOverdue(now, SWEEP_BATCH);
            attemptNow(work.due(now.minus(SWEEP_GRACE), now, SWEEP_BATCH));
        });
    }

    /** Work on executor threads must never die silently: the sweep picks up what failed. */
    private static void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivery step failed; the sweep will retry it", e);
        }
    }
}
