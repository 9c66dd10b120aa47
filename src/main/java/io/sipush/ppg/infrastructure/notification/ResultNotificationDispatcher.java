package io.sipush.ppg.infrastructure.notification;

import io.sipush.ppg.batch.LoopStatus;
import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.monitoring.PushLogTag;
import io.sipush.ppg.push.application.ResultNotificationService;
import io.sipush.ppg.push.notification.NotificationAttempt;
import io.sipush.ppg.push.notification.NotificationTargetRule;
import io.sipush.ppg.push.notification.ResultNotificationStored;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.enterprise.concurrent.ManagedThreadFactory;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.context.Initialized;
import javax.enterprise.event.Observes;
import javax.enterprise.event.TransactionPhase;
import javax.inject.Inject;

/**
 * Sends result notifications on an executor of its own (threads of the container's managed
 * thread factory, so the steps may use CDI and JPA), apart from the delivery engine's: a
 * notification is sent as soon as the transaction that stored it commits, and a sweep every
 * second resumes every pending notification that is due, after a failed attempt, a lost task or
 * a restart. The store is the only state; a claim with a lease keeps two senders (threads or
 * servers) from sending one notification at the same time.
 */
@ApplicationScoped
public class ResultNotificationDispatcher {
    private static final Logger LOG = Logger.getLogger(ResultNotificationDispatcher.class.getName());
    /** How long an attempt holds its claim: longer than the whole HTTP exchange may take. */
    static final Duration LEASE = HttpResultNotificationSender.EXCHANGE_LIMIT.plusSeconds(10);

    private static final int THREADS = 2;
    private static final int SWEEP_BATCH = 200;
    private static final String SWEEP = "ppg-notification-sweep";

    @Inject
    ResultNotificationService notifications;

    @Inject
    PpgSettings settings;

    @Resource
    ManagedThreadFactory threadFactory;

    /** Notifications queued or in flight in this server, so the sweep does not queue them twice. */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    private volatile ScheduledExecutorService executor;
    private volatile HttpResultNotificationSender sender;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(THREADS, threadFactory);
        pool.setRemoveOnCancelPolicy(true);
        sender = new HttpResultNotificationSender(pool, new NotificationTargetRule(settings.ownHttpPorts()));
        executor = pool;
        pool.scheduleWithFixedDelay(this::sweep, 2, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledExecutorService pool = executor;
        executor = null;
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultNotificationStored stored) {
        submit(stored.notificationId());
    }

    /**
     * Never throws: a periodic task that throws is never run again, so an Error (an
     * OutOfMemoryError, say) marks the sweep down until its next run succeeds.
     */
    void sweep() {
        try {
            for (Long id : notifications.due(Instant.now(), SWEEP_BATCH)) {
                submit(id);
            }
            LoopStatus.shared().up(SWEEP);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "result notification sweep failed; the next sweep retries", e);
        } catch (Error e) {
            LoopStatus.shared().down(SWEEP, e);
            LOG.log(Level.SEVERE, "result notification sweep failed; the next sweep retries", e);
        }
    }

    private void submit(long notificationId) {
        ScheduledExecutorService pool = executor;
        if (pool == null || !inFlight.add(notificationId)) {
            return;
        }
        try {
            pool.execute(() -> attempt(notificationId, pool));
        } catch (RejectedExecutionException e) {
            inFlight.remove(notificationId);
        }
    }

    private void attempt(long notificationId, ScheduledExecutorService pool) {
        try {
            NotificationAttempt attempt =
                    notifications.claim(notificationId, Instant.now(), LEASE).orElse(null);
            if (attempt == null) {
                inFlight.remove(notificationId);
                return;
            }
            sender.send(attempt.url(), attempt.body())
                    .thenAcceptAsync(answer -> finish(attempt, answer), pool)
                    .exceptionally(error -> {
                        inFlight.remove(notificationId);
                        return null;
                    });
        } catch (RuntimeException e) {
            inFlight.remove(notificationId);
            LOG.log(Level.WARNING, "result notification " + notificationId + ": attempt failed to start", e);
        }
    }

    private void finish(NotificationAttempt attempt, PiAnswer answer) {
        try {
            Instant now = Instant.now();
            if (answer.isAnswered()) {
                notifications.answered(attempt, answer.response().orElseThrow(), now);
            } else {
                notifications.failed(attempt, answer.failure(), now);
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    PushLogTag.of(attempt.piName(), attempt.pushId()) + " result notification "
                            + attempt.notificationId()
                            + ": outcome not recorded; the claim runs out and it is sent again",
                    e);
        } finally {
            inFlight.remove(attempt.notificationId());
        }
    }
}
