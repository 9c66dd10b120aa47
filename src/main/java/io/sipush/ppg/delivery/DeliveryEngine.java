package io.sipush.ppg.delivery;

import io.sipush.ppg.infrastructure.config.PpgSettings;
import io.sipush.ppg.monitoring.PpgMetrics;
import io.sipush.ppg.monitoring.PushLogTag;
import io.sipush.ppg.push.DueDelivery;
import io.sipush.ppg.push.PushAccepted;
import io.sipush.ppg.terminal.TerminalRegistered;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.enterprise.concurrent.ManagedScheduledExecutorService;
import javax.enterprise.concurrent.ManagedThreadFactory;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.context.Initialized;
import javax.enterprise.event.Observes;
import javax.enterprise.event.TransactionPhase;
import javax.inject.Inject;

/**
 * Drives deliveries: starts them when a push is stored or a terminal registers, sends each
 * MESSAGE through the {@link DeliveryPort}, and applies the answers. The store is the only state:
 * a sweep every second resumes whatever is due (after a restart, a lost timer or a MESSAGE that
 * never got an answer) and expires what is overdue, so timers in memory are only a shortcut.
 */
@ApplicationScoped
public class DeliveryEngine implements DeliveryOutcomeListener {
    private static final Logger LOG = Logger.getLogger(DeliveryEngine.class.getName());
    /** The sweep leaves fresh work to the direct path for this long. */
    private static final Duration SWEEP_GRACE = Duration.ofSeconds(3);

    private static final int SWEEP_BATCH = 500;
    private static final long PURGE_EVERY_SWEEPS = 60;
    private static final int ANSWER_WORKERS = 4;

    @Inject
    DeliveryWork work;

    @Inject
    DeliveryPort port;

    @Inject
    TerminalRegistry registry;

    @Inject
    PpgSettings settings;

    @Inject
    PpgMetrics metrics;

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    /** Terminals with pushes held behind an earlier one; an answer for them releases the next. */
    private final Set<String> heldTerminals = ConcurrentHashMap.newKeySet();

    private DispatchQueue queue;
    /** Answers and registrations are applied here, not on the container's shared executor. */
    private ExecutorService answers;

    private ScheduledFuture<?> sweeper;
    private long sweeps;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        queue = new DispatchQueue(settings.deliveryWorkers(), threads, this::attempt);
        answers = Executors.newFixedThreadPool(ANSWER_WORKERS, threads);
        sweeper = executor.scheduleWithFixedDelay(this::sweep, 2, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeper != null) {
            sweeper.cancel(false);
        }
        if (queue != null) {
            queue.stop();
        }
        if (answers != null) {
            answers.shutdown();
        }
    }

    void onPushAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushAccepted accepted) {
        accepted.deliveryIds().forEach(id -> enqueueAt(id, accepted.priorityRank(), accepted.firstAttemptAt()));
    }

    void onTerminalRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) TerminalRegistered registered) {
        answers.execute(guarded(() -> {
            work.releaseAwaiting(registered.aor(), Instant.now());
            enqueue(work.readyFor(registered.aor(), Instant.now()));
        }));
    }

    @Override
    public void onFinalResponse(
            long deliveryId, int sipStatus, String reason, int retryAfterSeconds, String redirectContact) {
        answers.execute(guarded(() -> {
            AnswerEffect effect =
                    work.recordAnswer(deliveryId, sipStatus, reason, retryAfterSeconds, redirectContact, Instant.now());
            effect.nextAttempt().ifPresent(at -> enqueueAt(deliveryId, effect.priorityRank(), at));
            if (effect.aor() != null && heldTerminals.remove(effect.aor())) {
                enqueue(work.readyFor(effect.aor(), Instant.now()));
            }
        }));
    }

    private void enqueueAt(long deliveryId, int rank, Instant at) {
        long delay = Duration.between(Instant.now(), at).toMillis();
        if (delay <= 0) {
            queue.add(deliveryId, rank);
        } else {
            executor.schedule(() -> queue.add(deliveryId, rank), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void enqueue(List<DueDelivery> due) {
        due.forEach(d -> queue.add(d.deliveryId(), d.priorityRank()));
    }

    private void attempt(long deliveryId) {
        AttemptPlan plan = work.prepareAttempt(deliveryId, Instant.now());
        if (plan.heldForAor() != null) {
            heldTerminals.add(plan.heldForAor());
        }
        plan.request().ifPresent(this::send);
    }

    private void send(OtaSipRequest request) {
        try {
            port.send(request);
        } catch (DeliveryTransportException e) {
            metrics.sipTransportError();
            LOG.log(Level.WARNING, "{0} delivery {1}: {2}", new Object[] {
                PushLogTag.of(request.piName(), request.pushId()), request.deliveryId(), e.getMessage()
            });
            onFinalResponse(request.deliveryId(), 503, "transport error: " + e.getMessage(), -1, null);
        }
    }

    void sweep() {
        guarded(() -> {
                    Instant now = Instant.now();
                    work.expireOverdue(now, SWEEP_BATCH);
                    if (queue.size() < SWEEP_BATCH) {
                        enqueue(work.due(now.minus(SWEEP_GRACE), now, SWEEP_BATCH));
                    }
                    if (++sweeps % PURGE_EVERY_SWEEPS == 0) {
                        registry.purgeExpired(now);
                    }
                })
                .run();
    }

    /** Work on executor threads must never die silently: the sweep picks up what failed. */
    private static Runnable guarded(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "delivery step failed; the sweep will retry it", e);
            }
        };
    }
}
