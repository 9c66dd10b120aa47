package io.sipush.ppg.delivery;

import io.sipush.ppg.batch.GroupCommit;
import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.monitoring.LogValue;
import io.sipush.ppg.monitoring.PpgMetrics;
import io.sipush.ppg.monitoring.PushLogTag;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryProgressRepository;
import io.sipush.ppg.push.DeliveryStep;
import io.sipush.ppg.push.DeliveryStep.Kind;
import io.sipush.ppg.push.DeliveryTicket;
import io.sipush.ppg.push.DueDelivery;
import io.sipush.ppg.push.PushAccepted;
import io.sipush.ppg.push.application.DeliveryOutcomeLog;
import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.RegistrationChanged;
import io.sipush.ppg.terminal.TerminalRegistered;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
 * Drives deliveries from memory, with the store as the durable truth. A stored push's tickets
 * come in with {@link PushAccepted}; each terminal has a queue (priority, then submission order,
 * one MESSAGE out at a time); workers send; answers are judged here and their steps written to
 * the store in batches (group commit), without waiting for the commit before the terminal's
 * next push goes out. A push whose PI wants a result notification ends through JPA, so that its
 * notification is stored with its final state.
 *
 * <p>What is only in memory can be lost: a MESSAGE in flight and answers not committed yet. The
 * store then still says pending and due, and a sweep every second recovers such deliveries
 * (after a restart, a lost answer, a failed write), expires overdue ones, and purges expired
 * registrations. Delivery is therefore at least once.
 */
@ApplicationScoped
public class DeliveryEngine implements DeliveryOutcomeListener {
    private static final Logger LOG = Logger.getLogger(DeliveryEngine.class.getName());
    /** The sweep leaves fresh work to the direct path for this long. */
    private static final Duration SWEEP_GRACE = Duration.ofSeconds(3);

    private static final int SWEEP_BATCH = 500;
    private static final long PURGE_EVERY_SWEEPS = 60;
    /**
     * The recovery query reads due rows the engine already holds, too: it runs when something
     * was dropped (start, a failed write or attempt), and otherwise only this often, as a safety
     * net, instead of every sweep.
     */
    private static final long RECOVER_EVERY_SWEEPS = 30;

    private static final int ANSWER_WORKERS = 2;
    private static final int STEP_QUEUE = 20_000;
    private static final int STEP_BATCH = 500;
    /** Contents kept in memory for deliveries about to go out, at most. */
    private static final long MAX_BODY_BYTES = 64L << 20;

    @Inject
    DeliveryWork work;

    @Inject
    DeliveryProgressRepository progress;

    @Inject
    DeliveryPort port;

    @Inject
    TerminalRegistry registry;

    @Inject
    PpgSettings settings;

    @Inject
    PpgMetrics metrics;

    @Inject
    DeliveryOutcomeLog outcomeLog;

    @Inject
    RetryScheduler retries;

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    /** Every delivery the engine holds, until its final step is committed. */
    private final Map<Long, QueuedDelivery> tracked = new ConcurrentHashMap<>();
    /** Deliveries whose MESSAGE is out, by delivery id. */
    private final Map<Long, QueuedDelivery> inFlight = new ConcurrentHashMap<>();

    private final Map<String, TerminalQueue> terminals = new ConcurrentHashMap<>();
    private final AtomicLong bodyBytes = new AtomicLong();

    private CachedContacts contacts;
    private DispatchQueue queue;
    /** Answers and registrations are applied here, not on the container's shared executor. */
    private ExecutorService answers;

    private GroupCommit<DeliveryStep> steps;
    private ScheduledFuture<?> sweeper;
    private long sweeps;
    /** Set when the store may hold due deliveries that the engine does not: start, failures. */
    private final AtomicBoolean recoveryWanted = new AtomicBoolean(true);

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        contacts = new CachedContacts(registry);
        steps = new GroupCommit<>("delivery-steps", STEP_QUEUE, STEP_BATCH, threads, this::writeSteps);
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
        if (steps != null) {
            steps.stop();
        }
    }

    void onPushAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushAccepted accepted) {
        accepted.tickets().forEach(this::admit);
    }

    void onRegistrationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationChanged changed) {
        contacts.forget(changed.aor());
    }

    void onTerminalRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) TerminalRegistered registered) {
        contacts.forget(registered.aor());
        answers.execute(guarded(() -> release(registered.aor(), Instant.now())));
    }

    /** A cancellation or an expiry ended a delivery: it must not go out (again). */
    void onDeliveryEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryEnded ended) {
        QueuedDelivery d = tracked.get(ended.deliveryId());
        if (d == null) {
            return;
        }
        d.ended = true;
        if (d.sentAt == null) {
            tracked.remove(d.deliveryId, d);
            dropBody(d);
            dispatch(onTerminal(d.aor, t -> t.remove(d)));
        }
    }

    @Override
    public void onFinalResponse(
            long deliveryId, int sipStatus, String reason, int retryAfterSeconds, String redirectContact) {
        answers.execute(guarded(() -> answer(deliveryId, sipStatus, reason, retryAfterSeconds, redirectContact)));
    }

    private void admit(DeliveryTicket ticket) {
        QueuedDelivery d = new QueuedDelivery(ticket, keepBody(ticket.content()));
        if (tracked.putIfAbsent(d.deliveryId, d) != null) {
            dropBody(d);
            return;
        }
        if (d.awaitingStored) {
            dispatch(onTerminal(d.aor, t -> t.park(d)));
        } else {
            enqueueAt(d, d.readyAt);
        }
    }

    /** Only for {@code deliver-after-timestamp}: a restart loses this timer, the sweep does not. */
    private void enqueueAt(QueuedDelivery d, Instant at) {
        long delay = Duration.between(Instant.now(), at).toMillis();
        if (delay <= 0) {
            enqueue(d);
        } else {
            executor.schedule(() -> enqueue(d), delay, TimeUnit.MILLISECONDS);
        }
    }

    private void enqueue(QueuedDelivery d) {
        if (!d.ended) {
            dispatch(onTerminal(d.aor, t -> t.add(d)));
        }
    }

    private void dispatch(QueuedDelivery next) {
        if (next != null) {
            queue.add(next);
        }
    }

    /** Changes a terminal's queue atomically; a queue left empty is dropped. */
    private QueuedDelivery onTerminal(String aor, Function<TerminalQueue, QueuedDelivery> change) {
        QueuedDelivery[] next = new QueuedDelivery[1];
        terminals.compute(aor, (key, t) -> {
            TerminalQueue q = t == null ? new TerminalQueue() : t;
            next[0] = change.apply(q);
            return q.isEmpty() ? null : q;
        });
        return next[0];
    }

    private void attempt(QueuedDelivery d) {
        try {
            tryToSend(d, Instant.now());
        } catch (RuntimeException e) {
            // The store still says due: forget it here, and the sweep takes it up again.
            inFlight.remove(d.deliveryId, d);
            tracked.remove(d.deliveryId, d);
            d.ended = true;
            recoveryWanted.set(true);
            dispatch(onTerminal(d.aor, t -> t.done(d)));
            throw e;
        }
    }

    private void tryToSend(QueuedDelivery d, Instant now) {
        if (d.ended) {
            dispatch(onTerminal(d.aor, t -> t.done(d)));
            return;
        }
        if (d.isOverdueAt(now)) {
            end(d, DeliveryStep.unattempted(d.deliveryId, Kind.EXPIRED, now));
            return;
        }
        long registrations = contacts.generation();
        Optional<Route> route = Optional.ofNullable(d.redirectUri)
                .map(uri -> Route.toContact(uri, uri.toLowerCase(Locale.ROOT).contains(";transport=tcp")))
                .or(() -> new RouteResolver(contacts, settings.outboundProxy())
                        .resolve(AddressOfRecord.parse(d.aor, settings.homeDomain()), d.appShortName, now));
        if (route.isEmpty()) {
            park(d, registrations, now);
            return;
        }
        d.redirectUri = null;
        byte[] body = d.body != null ? d.body : progress.content(d.pushKey);
        boolean tcp = route.get().contactWantsTcp() || body.length > settings.tcpThresholdBytes();
        d.attempts++;
        d.target = route.get().requestUri();
        d.sentAt = now;
        inFlight.put(d.deliveryId, d);
        send(new OtaSipRequest(
                d.pushKey,
                d.deliveryId,
                d.piName,
                d.pushId,
                route.get().requestUri(),
                AddressOfRecord.parse(d.aor, settings.homeDomain()).toSipUri(),
                route.get().outboundProxy(),
                d.appShortName,
                d.contentType,
                body,
                tcp,
                route.get().path()));
    }

    /** No route: the delivery waits for the terminal to register, unless a REGISTER just came. */
    private void park(QueuedDelivery d, long registrationsBefore, Instant now) {
        dropBody(d);
        boolean[] parked = {false};
        dispatch(onTerminal(d.aor, t -> {
            if (contacts.generation() != registrationsBefore) {
                return t.again(d);
            }
            parked[0] = true;
            return t.park(d);
        }));
        if (parked[0] && !d.awaitingStored) {
            d.awaitingStored = true;
            record(d, DeliveryStep.unattempted(d.deliveryId, Kind.AWAIT_REGISTRATION, now));
        }
    }

    private void send(OtaSipRequest request) {
        try {
            port.send(request);
        } catch (DeliveryTransportException e) {
            metrics.sipTransportError();
            LOG.log(Level.WARNING, "{0} delivery {1}: {2}", new Object[] {
                PushLogTag.of(request.piName(), request.pushId()), request.deliveryId(), LogValue.of(e.getMessage())
            });
            onFinalResponse(request.deliveryId(), 503, "transport error: " + e.getMessage(), -1, null);
        }
    }

    private void answer(long deliveryId, int sipStatus, String reason, int retryAfter, String redirectContact) {
        QueuedDelivery d = inFlight.remove(deliveryId);
        if (d == null) {
            return;
        }
        Instant now = Instant.now();
        Instant sentAt = d.sentAt;
        d.sentAt = null;
        if (d.ended) {
            tracked.remove(d.deliveryId, d);
            dropBody(d);
            dispatch(onTerminal(d.aor, t -> t.done(d)));
            return;
        }
        String answer = "SIP " + sipStatus + (reason == null || reason.isBlank() ? "" : " " + reason);
        if (sipStatus >= 300
                && sipStatus < 400
                && !d.redirected
                && redirectContact != null
                && !redirectContact.isBlank()) {
            d.redirected = true;
            d.redirectUri = redirectContact;
            record(d, step(d, Kind.REDIRECT, sentAt, now, sipStatus, redirectContact, null));
            dispatch(onTerminal(d.aor, t -> t.again(d)));
            return;
        }
        switch (SipOutcome.of(sipStatus, d.method)) {
            case DELIVERED -> end(d, step(d, Kind.DELIVERED, sentAt, now, sipStatus, null, null));
            case UNDELIVERABLE -> end(d, step(d, Kind.UNDELIVERABLE, sentAt, now, sipStatus, answer, null));
            case RETRY -> retry(d, sentAt, now, sipStatus, answer, retryAfter);
        }
    }

    private void retry(QueuedDelivery d, Instant sentAt, Instant now, int sipStatus, String answer, int retryAfter) {
        Optional<Instant> next = settings.retryPolicy()
                .nextAttempt(d.attempts, now, d.receivedAt, retryAfter, ThreadLocalRandom.current());
        if (next.isEmpty()) {
            end(d, step(d, Kind.UNDELIVERABLE, sentAt, now, sipStatus, "retries used up; last answer " + answer, null));
            return;
        }
        d.awaitingRetry.set(true);
        record(d, step(d, Kind.RETRY, sentAt, now, sipStatus, answer, next.get()));
        metrics.retryScheduled();
        dispatch(onTerminal(d.aor, t -> t.done(d)));
    }

    /**
     * A retry's persistent timer fired (see {@link RetryScheduler}). After a restart the engine
     * does not hold the delivery: it is admitted from the store, unless it is no longer pending.
     */
    public void retryDue(long deliveryId) {
        if (queue == null) {
            return; // not started: its next attempt time is stored, and the sweep will find it
        }
        QueuedDelivery d = tracked.get(deliveryId);
        if (d == null) {
            admitFromStore(List.of(deliveryId));
        } else if (d.awaitingRetry.compareAndSet(true, false)) {
            enqueue(d);
        }
    }

    /**
     * The retry's timer is created only once its step (with the next attempt time) is committed.
     * A crash in between, or a timer that could not be created, loses the timer, not the retry:
     * the sweep finds the stored time due once the engine no longer holds the delivery.
     */
    private void scheduleRetry(QueuedDelivery d, DeliveryStep step) {
        executor.execute(() -> {
            try {
                retries.schedule(d.deliveryId, step.nextAttempt());
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "no timer for the retry of delivery " + d.deliveryId + "; the sweep takes it",
                        e);
                tracked.remove(d.deliveryId, d);
                recoveryWanted.set(true);
            }
        });
    }

    private static DeliveryStep step(
            QueuedDelivery d, Kind kind, Instant sentAt, Instant now, int sipStatus, String detail, Instant next) {
        return DeliveryStep.answered(d.deliveryId, kind, sentAt, d.target, now, sipStatus, detail, next);
    }

    /** A final step: the terminal's next push may go at once; the delivery is forgotten once stored. */
    private void end(QueuedDelivery d, DeliveryStep step) {
        d.ended = true;
        dropBody(d);
        dispatch(onTerminal(d.aor, t -> t.done(d)));
        record(d, step);
    }

    private void record(QueuedDelivery d, DeliveryStep step) {
        if (d.notifies && step.kind().isFinal()) {
            answers.execute(guarded(() -> {
                try {
                    work.record(step);
                } finally {
                    tracked.remove(d.deliveryId, d);
                }
            }));
            return;
        }
        try {
            steps.put(step).whenComplete((ok, failure) -> {
                if (failure == null && step.kind().isFinal()) {
                    reportEnded(d, step);
                }
                if (failure == null && step.kind() == Kind.RETRY) {
                    scheduleRetry(d, step);
                }
                if (failure != null || step.kind().isFinal()) {
                    // After a failed write the store still says due: the sweep takes it up again.
                    tracked.remove(d.deliveryId, d);
                }
                if (failure != null) {
                    recoveryWanted.set(true);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tracked.remove(d.deliveryId, d);
        }
    }

    /**
     * A final state written by the group commit raises no {@link DeliveryEnded} event (that is
     * for transactions that must store a result notification with it): metrics and the outcome
     * log hear of it here.
     */
    private void reportEnded(QueuedDelivery d, DeliveryStep step) {
        DeliveryEnded ended = new DeliveryEnded(
                d.pushKey, d.deliveryId, step.kind().finalState(), d.piName, d.pushId, d.receivedAt, step.at());
        metrics.deliveryEnded(ended);
        outcomeLog.log(ended);
    }

    private void writeSteps(List<GroupCommit.Item<DeliveryStep>> batch) {
        progress.record(batch.stream().map(GroupCommit.Item::value).toList());
        batch.forEach(item -> item.done().complete(null));
    }

    /** The terminal registered: its parked deliveries, in memory and in the store, go now. */
    private void release(String aor, Instant now) {
        List<QueuedDelivery> unparked = new java.util.ArrayList<>();
        dispatch(onTerminal(aor, t -> {
            unparked.addAll(t.unpark());
            return t.takeIfIdle();
        }));
        for (QueuedDelivery d : unparked) {
            d.awaitingStored = false;
            record(d, DeliveryStep.unattempted(d.deliveryId, Kind.ROUTE_AVAILABLE, now));
        }
        for (DeliveryTicket ticket : progress.awaitingRegistration(aor)) {
            if (!tracked.containsKey(ticket.deliveryId())) {
                QueuedDelivery d = new QueuedDelivery(ticket, null);
                d.awaitingStored = false;
                if (tracked.putIfAbsent(d.deliveryId, d) == null) {
                    record(d, DeliveryStep.unattempted(d.deliveryId, Kind.ROUTE_AVAILABLE, now));
                    enqueue(d);
                }
            }
        }
    }

    void sweep() {
        guarded(() -> {
                    Instant now = Instant.now();
                    work.expireOverdue(now, SWEEP_BATCH);
                    timeOutUnanswered(now);
                    sweeps++;
                    boolean wanted = recoveryWanted.getAndSet(false) || sweeps % RECOVER_EVERY_SWEEPS == 0;
                    if (wanted && queue.size() < SWEEP_BATCH) {
                        recover(work.due(now.minus(SWEEP_GRACE), now, SWEEP_BATCH));
                    } else if (wanted) {
                        recoveryWanted.set(true);
                    }
                    if (sweeps % PURGE_EVERY_SWEEPS == 0) {
                        registry.purgeExpired(now);
                    }
                })
                .run();
    }

    /** A MESSAGE that got no answer at all (not even the stack's 408) counts as timed out. */
    private void timeOutUnanswered(Instant now) {
        Instant limit = now.minus(DeliveryWork.IN_FLIGHT_LIMIT);
        inFlight.values().stream()
                .filter(d -> d.sentAt != null && d.sentAt.isBefore(limit))
                .forEach(d -> onFinalResponse(d.deliveryId, 408, "no answer", -1, null));
    }

    /**
     * Due deliveries the engine does not hold (after a restart, or a failed write). A full batch
     * with some of them may mean more: the next sweep looks again.
     */
    private void recover(List<DueDelivery> due) {
        List<Long> unknown = due.stream()
                .map(DueDelivery::deliveryId)
                .filter(id -> !tracked.containsKey(id))
                .toList();
        if (!unknown.isEmpty()) {
            admitFromStore(unknown);
            if (due.size() >= SWEEP_BATCH) {
                recoveryWanted.set(true);
            }
        }
    }

    /** Deliveries the engine does not hold, from their rows; those no longer pending give no ticket. */
    private void admitFromStore(List<Long> deliveryIds) {
        progress.pendingTickets(deliveryIds).forEach(this::admit);
    }

    private byte[] keepBody(byte[] content) {
        if (content == null || bodyBytes.addAndGet(content.length) > MAX_BODY_BYTES) {
            if (content != null) {
                bodyBytes.addAndGet(-content.length);
            }
            return null;
        }
        return content;
    }

    private void dropBody(QueuedDelivery d) {
        byte[] body = d.body;
        if (body != null) {
            d.body = null;
            bodyBytes.addAndGet(-body.length);
        }
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
