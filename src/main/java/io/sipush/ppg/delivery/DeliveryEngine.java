package io.sipush.ppg.delivery;

import io.sipush.ppg.cluster.OwnershipListener;
import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.monitoring.LogValue;
import io.sipush.ppg.monitoring.PpgMetrics;
import io.sipush.ppg.monitoring.PushLogTag;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryProgressRepository;
import io.sipush.ppg.push.DeliveryStep;
import io.sipush.ppg.push.DeliveryStep.Kind;
import io.sipush.ppg.push.DeliveryTicket;
import io.sipush.ppg.push.PushAccepted;
import io.sipush.ppg.push.application.AfterCommit;
import io.sipush.ppg.push.application.TerminalReachability;
import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.RegistrationChanged;
import io.sipush.ppg.terminal.TerminalRegistered;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.enterprise.concurrent.ManagedScheduledExecutorService;
import javax.enterprise.concurrent.ManagedThreadFactory;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.context.Initialized;
import javax.enterprise.event.Event;
import javax.enterprise.event.Observes;
import javax.enterprise.event.TransactionPhase;
import javax.enterprise.inject.Any;
import javax.inject.Inject;

/**
 * Sends the deliveries of the partitions this instance owns, with the store as the durable
 * truth (docs/cluster.md). Its parts: {@link ClusterMember} (which partitions are this
 * instance's), {@link Admission} (which deliveries are held in memory), {@link TerminalQueues}
 * (one MESSAGE out per terminal, in order), the workers of the {@link DispatchQueue}, the {@link
 * AnswerJudge} (an answer and the retry policy to a step), the {@link StepRecorder} (the one
 * writer of steps, which announces every end), and the {@link Sweeper} (what runs when). This
 * class wires them to the container: events, threads, the SIP port.
 *
 * <p>What is only in memory can be lost: a MESSAGE in flight and answers not committed yet. The
 * store then still says pending and due, and the owner of the partition (this instance, or the
 * one that takes it over) finds it again. Delivery is therefore at least once.
 */
@ApplicationScoped
public class DeliveryEngine implements DeliveryOutcomeListener, RetryDue, OwnershipListener, TerminalReachability {
    private static final Logger LOG = Logger.getLogger(DeliveryEngine.class.getName());

    private static final int ANSWER_WORKERS = 2;
    /**
     * A delivery that waited in memory longer than this is checked in the shared store before it
     * goes: another instance may have cancelled it meanwhile.
     */
    private static final java.time.Duration RECHECK_AFTER = java.time.Duration.ofSeconds(1);
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
    RetryScheduler retries;

    @Inject
    ClusterMember cluster;

    /** @Any: fired with {@link AfterCommit} only, not seen by observers of the transaction's own events. */
    @Inject
    @Any
    Event<DeliveryEnded> endedEvent;

    @Inject
    DeliveryBacklogGate backlog;

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    /** Deliveries whose MESSAGE is out, by delivery id. */
    private final Map<Long, QueuedDelivery> inFlight = new ConcurrentHashMap<>();
    /** Deliveries sent whose step is not committed yet: their partition cannot be given up. */
    private final Map<Long, QueuedDelivery> unsettled = new ConcurrentHashMap<>();

    private final AtomicLong bodyBytes = new AtomicLong();

    private TerminalRegistry contacts;
    private DispatchQueue queue;
    private TerminalQueues terminals;
    private Admission admission;
    private AnswerJudge judge;
    private StepRecorder recorder;
    /** Answers and registrations are applied here, not on the container's shared executor. */
    private ExecutorService answers;

    private PeriodicLoop sweeping;

    /** Up to when expiry is complete; null: look at every deliver-before-timestamp next time. */
    private volatile Instant expiredUpTo;

    private Instant lastFullExpiry = Instant.MIN;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        contacts = cluster.sharedStore() ? registry : new CachedContacts(registry);
        queue = new DispatchQueue(settings.deliveryWorkers(), threads, this::attempt, backlog::waited);
        terminals = new TerminalQueues(queue::add);
        admission = new Admission(
                cluster::holds,
                cluster::ownedPartitions,
                () -> cluster.liveInstances() <= 1,
                progress,
                settings.cluster().window(),
                terminals::add);
        judge = new AnswerJudge(settings.retryPolicy(), ThreadLocalRandom::current);
        answers = Executors.newFixedThreadPool(ANSWER_WORKERS, threads);
        recorder = new StepRecorder(
                progress::record,
                work::record,
                answers,
                endedEvent.select(AfterCommit.Literal.INSTANCE)::fire,
                threads);
        Sweeper sweeper = new Sweeper(new EngineChores(), Instant.now());
        sweeping = new PeriodicLoop(
                "ppg-sweeper",
                settings.cluster().poll(),
                survivor(() -> sweeper.tick(Instant.now())),
                DeliveryEngine::slowSweep,
                threads);
        sweeping.start();
        cluster.start(this);
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.stop();
        }
        if (queue != null) {
            queue.stop();
        }
        if (answers != null) {
            answers.shutdown();
        }
        if (recorder != null) {
            recorder.stop();
        }
    }

    /**
     * A push accepted here goes out at once if this instance is alone. In a cluster its owner
     * takes it from the store with its poll, in arrival order: taken here at once, it could
     * overtake an earlier push to the same terminal accepted at another instance. One stored
     * waiting for a REGISTER is looked at once more, as after a park.
     */
    void onPushAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushAccepted accepted) {
        boolean alone = cluster.liveInstances() <= 1;
        Instant now = Instant.now();
        for (DeliveryTicket ticket : accepted.tickets()) {
            if (ticket.readyAt() == null) {
                QueuedDelivery d = new QueuedDelivery(ticket, null);
                answers.execute(guarded(() -> releaseIfRegisteredMeanwhile(d)));
            } else if (alone) {
                admitAccepted(ticket, now);
            }
        }
    }

    private void admitAccepted(DeliveryTicket ticket, Instant now) {
        byte[] body = keepBody(ticket.content());
        if (admission.admitAccepted(ticket, body, now) == null) {
            release(body);
        }
    }

    /**
     * Known from the terminal cache only (a miss loads the terminal's contacts once): with a shared
     * store a REGISTER at another instance is not seen here, and every push is stored due.
     */
    @Override
    public boolean knownUnreachable(String aor, String applicationId, Instant now) {
        return contacts instanceof CachedContacts cached
                && resolve(cached, aor, PushApplicationId.parse(applicationId).shortName(), now)
                        .isEmpty();
    }

    void onRegistrationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationChanged changed) {
        if (contacts instanceof CachedContacts cached) {
            cached.forget(changed.aor());
        }
    }

    void onTerminalRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) TerminalRegistered registered) {
        onRegistrationChanged(new RegistrationChanged(registered.aor()));
        answers.execute(guarded(() -> release(registered.aor(), Instant.now())));
    }

    /** A cancellation or an expiry ended a delivery: it must not go out (again). */
    void onDeliveryEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryEnded ended) {
        QueuedDelivery d = admission == null ? null : admission.get(ended.deliveryId());
        if (d != null && d.sentAt == null) {
            drop(d);
        } else if (d != null) {
            d.ended = true;
        }
    }

    @Override
    public void onFinalResponse(
            long deliveryId, int sipStatus, String reason, int retryAfterSeconds, String redirectContact) {
        SipAnswer answer = new SipAnswer(sipStatus, reason, retryAfterSeconds, redirectContact);
        long heard = System.nanoTime();
        answers.execute(guarded(() -> {
            backlog.waited(System.nanoTime() - heard);
            answer(deliveryId, answer);
        }));
    }

    /** A retry's timer fired, here or (after a failover) on a survivor: a nudge for the owner. */
    @Override
    public void retryDue(long deliveryId) {
        QueuedDelivery d = admission == null ? null : admission.get(deliveryId);
        if (d != null && d.awaitingRetry.compareAndSet(true, false)) {
            terminals.add(d);
        }
        // Not held here: the owner of its partition finds it due in the store.
    }

    @Override
    public void taken(Set<Integer> partitions) {
        expiredUpTo = null;
        admission.takeOver(partitions);
    }

    @Override
    public void lost(Set<Integer> partitions) {
        terminals.drain(partitions).forEach(this::drop);
        admission.heldOf(partitions).stream().filter(d -> d.sentAt == null).forEach(this::drop);
    }

    @Override
    public boolean busy(int partition) {
        return unsettled.values().stream().anyMatch(d -> d.partition == partition);
    }

    private void attempt(QueuedDelivery d) {
        try {
            tryToSend(d, Instant.now());
        } catch (RuntimeException | Error e) {
            // The store still says due: forget it here, and the owner's scan takes it up again.
            inFlight.remove(d.deliveryId, d);
            unsettled.remove(d.deliveryId, d);
            drop(d);
            admission.scan(Set.of(d.partition));
            terminals.done(d);
            throw e;
        }
    }

    private void tryToSend(QueuedDelivery d, Instant now) {
        if (d.ended || !cluster.holds(d.partition, now)) {
            drop(d);
            terminals.done(d);
            return;
        }
        if (d.isOverdueAt(now)) {
            end(d, DeliveryStep.unattempted(d.deliveryId, Kind.EXPIRED, now));
            return;
        }
        if (endedElsewhere(d, now)) {
            drop(d);
            terminals.done(d);
            return;
        }
        Optional<Route> route = route(d, contacts, now);
        if (route.isEmpty()) {
            park(d, now);
            return;
        }
        d.redirectUri = null;
        byte[] body = d.body != null ? d.body : progress.content(d.pushKey);
        boolean tcp = route.get().contactWantsTcp() || body.length > settings.tcpThresholdBytes();
        d.attempts++;
        d.target = route.get().requestUri();
        d.sentAt = now;
        inFlight.put(d.deliveryId, d);
        unsettled.put(d.deliveryId, d);
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

    /** A cancellation at another instance ends the delivery in the store only: look there after a wait. */
    private boolean endedElsewhere(QueuedDelivery d, Instant now) {
        if (contacts instanceof CachedContacts
                || d.admittedAt.plus(RECHECK_AFTER).isAfter(now)) {
            return false;
        }
        d.admittedAt = now;
        return progress.pendingTickets(List.of(d.deliveryId)).isEmpty();
    }

    private Optional<Route> route(QueuedDelivery d, TerminalRegistry from, Instant now) {
        return Optional.ofNullable(d.redirectUri)
                .map(uri -> Route.toContact(uri, uri.toLowerCase(Locale.ROOT).contains(";transport=tcp")))
                .or(() -> resolve(from, d.aor, d.appShortName, now));
    }

    private Optional<Route> resolve(TerminalRegistry from, String aor, String appShortName, Instant now) {
        return new RouteResolver(from, settings.outboundProxy())
                .resolve(AddressOfRecord.parse(aor, settings.homeDomain()), appShortName, now);
    }

    /**
     * No route: the delivery leaves memory and waits in the store for a REGISTER. A REGISTER that
     * came meanwhile (at any instance) is caught by looking at the store again once the wait is
     * stored.
     */
    private void park(QueuedDelivery d, Instant now) {
        d.ended = true;
        dropBody(d);
        terminals.done(d);
        recorder.record(d, DeliveryStep.unattempted(d.deliveryId, Kind.AWAIT_REGISTRATION, now))
                .whenComplete((changed, failure) -> {
                    admission.forget(d);
                    if (failure == null) {
                        releaseIfRegisteredMeanwhile(d);
                    }
                });
    }

    /**
     * A delivery just stored waiting for a REGISTER: one that came meanwhile (at any instance) may
     * have looked for waiting deliveries before this one was committed, so the store is asked.
     */
    private void releaseIfRegisteredMeanwhile(QueuedDelivery d) {
        if (route(d, registry, Instant.now()).isPresent()) {
            release(d.aor, Instant.now());
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

    private void answer(long deliveryId, SipAnswer answer) {
        QueuedDelivery d = inFlight.remove(deliveryId);
        if (d == null) {
            return;
        }
        Instant now = Instant.now();
        Instant sentAt = d.sentAt;
        d.sentAt = null;
        backlog.answered(sentAt, now);
        if (d.ended) {
            unsettled.remove(d.deliveryId, d);
            drop(d);
            terminals.done(d);
            return;
        }
        DeliveryStep step = judge.judge(d, sentAt, answer, now);
        switch (step.kind()) {
            case REDIRECT -> {
                d.redirected = true;
                d.redirectUri = step.detail();
                record(d, step);
                terminals.again(d);
            }
            case RETRY -> {
                d.awaitingRetry.set(true);
                record(d, step);
                metrics.retryScheduled();
                terminals.done(d);
            }
            default -> end(d, step);
        }
    }

    /** A final step: the terminal's next push may go at once; the delivery is forgotten once stored. */
    private void end(QueuedDelivery d, DeliveryStep step) {
        d.ended = true;
        dropBody(d);
        terminals.done(d);
        record(d, step);
    }

    private void record(QueuedDelivery d, DeliveryStep step) {
        recorder.record(d, step).whenComplete((changed, failure) -> settled(d, step, changed, failure));
    }

    /** After the commit of an answered step: what the delivery does next here, if anything. */
    private void settled(QueuedDelivery d, DeliveryStep step, Boolean changed, Throwable failure) {
        unsettled.remove(d.deliveryId, d);
        if (failure != null) {
            // The store still says due: the owner's scan takes it up again.
            drop(d);
            admission.scan(Set.of(d.partition));
        } else if (!changed || step.kind().isFinal() || !cluster.holds(d.partition, Instant.now())) {
            drop(d);
        } else if (step.kind() == Kind.RETRY) {
            scheduleRetry(d, step);
        }
    }

    /**
     * The retry's timer is created once its step (with the next attempt time) is committed. A
     * timer lost in a crash loses nothing: the owner finds the stored time due.
     */
    private void scheduleRetry(QueuedDelivery d, DeliveryStep step) {
        executor.execute(() -> {
            try {
                retries.schedule(d.deliveryId, step.nextAttempt());
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "no timer for the retry of delivery " + d.deliveryId + " (" + e
                                + "); it is found due in the store");
            }
        });
    }

    /** The delivery leaves this instance's memory (the store keeps it); never sent by this copy. */
    private void drop(QueuedDelivery d) {
        d.ended = true;
        admission.forget(d);
        dropBody(d);
        terminals.remove(d);
    }

    /**
     * The terminal registered (here, or it was seen in the store): its deliveries waiting for a
     * registration become due now. The owner of its partition sends them: this instance at once if
     * it is the owner, another on its next look at the store.
     */
    private void release(String aor, Instant now) {
        List<DeliveryTicket> waiting = progress.awaitingRegistration(aor);
        if (waiting.isEmpty()) {
            return;
        }
        List<CompletableFuture<Boolean>> steps = new ArrayList<>();
        for (DeliveryTicket ticket : waiting) {
            QueuedDelivery d = new QueuedDelivery(ticket, null);
            steps.add(recorder.record(d, DeliveryStep.unattempted(d.deliveryId, Kind.ROUTE_AVAILABLE, now)));
        }
        CompletableFuture.allOf(steps.toArray(CompletableFuture[]::new))
                .thenRunAsync(
                        guarded(() -> {
                            Instant at = Instant.now();
                            progress.pendingTickets(waiting.stream()
                                            .map(DeliveryTicket::deliveryId)
                                            .toList())
                                    .forEach(t -> admission.admit(t, null, at));
                        }),
                        answers);
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

    private void release(byte[] body) {
        if (body != null) {
            bodyBytes.addAndGet(-body.length);
        }
    }

    private void dropBody(QueuedDelivery d) {
        byte[] body = d.body;
        if (body != null) {
            d.body = null;
            bodyBytes.addAndGet(-body.length);
        }
    }

    /** Work on executor threads must never die silently: the store keeps what failed. */
    private static Runnable guarded(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "delivery step failed; the owner finds it due in the store", e);
            }
        };
    }

    /** A periodic task that an Error (such as an OutOfMemoryError) does not unschedule. */
    static Runnable survivor(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "periodic delivery task failed; it runs again at its next turn", e);
            }
        };
    }

    private static void slowSweep(java.time.Duration late, java.time.Duration took) {
        LOG.log(Level.FINE, "delivery sweep started {0} ms late and took {1} ms", new Object[] {
            late.toMillis(), took.toMillis()
        });
    }

    /** The chores the {@link Sweeper} runs. */
    private final class EngineChores implements Sweeper.Chores {
        private static final int EXPIRY_BATCH = 500;
        private static final java.time.Duration FULL_EXPIRY_EVERY = java.time.Duration.ofMinutes(10);

        @Override
        public void poll(Instant now) {
            admission.poll(now);
        }

        @Override
        public boolean scanPage(Instant now) {
            return admission.scanPage(now);
        }

        @Override
        public void scanAll() {
            admission.scan(cluster.ownedPartitions());
        }

        /**
         * Each second the deliveries whose time came since the last look (with an overlap for
         * late commits); every ten minutes, after a full batch, and at the start, all of them (that
         * look reads every pending delivery: every half minute it was a third of the sweep's CPU
         * under load, session 9). A delivery found overdue as it is about to go out expires then.
         */
        @Override
        public void expireOverdue(Instant now) {
            Set<Integer> owned = cluster.ownedPartitions();
            if (owned.isEmpty()) {
                expiredUpTo = null;
                return;
            }
            boolean full = expiredUpTo == null || !now.isBefore(lastFullExpiry.plus(FULL_EXPIRY_EVERY));
            Instant since = full ? null : expiredUpTo.minus(Admission.OVERLAP);
            int expired = work.expireOverdue(since, now, owned, EXPIRY_BATCH);
            if (full) {
                lastFullExpiry = now;
            }
            expiredUpTo = expired >= EXPIRY_BATCH ? null : now;
        }

        /** A MESSAGE that got no answer at all (not even the stack's 408) counts as timed out. */
        @Override
        public void timeOutUnanswered(Instant now) {
            Instant limit = now.minus(DeliveryWork.IN_FLIGHT_LIMIT);
            inFlight.values().stream()
                    .filter(d -> d.sentAt != null && d.sentAt.isBefore(limit))
                    .forEach(d -> onFinalResponse(d.deliveryId, 408, "no answer", -1, null));
        }

        @Override
        public void purgeRegistrations(Instant now) {
            registry.purgeExpired(now);
        }
    }
}
