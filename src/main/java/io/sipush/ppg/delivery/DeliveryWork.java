package io.sipush.ppg.delivery;

import io.sipush.ppg.infrastructure.config.PpgSettings;
import io.sipush.ppg.monitoring.PpgMetrics;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryRepository;
import io.sipush.ppg.push.DueDelivery;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.TerminalRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * The delivery engine's steps, each one transaction on the store: take a delivery for an attempt,
 * record the answer, release deliveries that waited for a registration, expire overdue ones.
 */
@ApplicationScoped
@Transactional
public class DeliveryWork {
    /** A MESSAGE unanswered for longer than SIP timer F (32 s) plus margin is tried again. */
    static final Duration IN_FLIGHT_LIMIT = Duration.ofSeconds(45);

    @Inject
    DeliveryRepository deliveries;

    @Inject
    TerminalRegistry registry;

    @Inject
    PpgSettings settings;

    @Inject
    Event<DeliveryEnded> ended;

    @Inject
    PpgMetrics metrics;

    /** Takes a due delivery for an attempt and builds its MESSAGE, if it is to go now. */
    public AttemptPlan prepareAttempt(long deliveryId, Instant now) {
        Optional<Delivery> found = deliveries.findForUpdate(deliveryId);
        if (found.isEmpty() || !found.get().isDueAt(now, now.minus(IN_FLIGHT_LIMIT))) {
            return AttemptPlan.nothing();
        }
        Delivery delivery = found.get();
        if (delivery.isOverdueAt(now)) {
            delivery.expired(now);
            ended.fire(DeliveryEnded.of(delivery));
            return AttemptPlan.nothing();
        }
        if (!delivery.isInFlight() && deliveries.hasEarlierReady(delivery.aor(), deliveryId, now)) {
            return AttemptPlan.heldBehindEarlierPush(delivery.aor());
        }
        Push push = delivery.push();
        AddressOfRecord aor = AddressOfRecord.parse(delivery.aor(), settings.homeDomain());
        String app = PushApplicationId.parse(push.applicationId()).shortName();
        Optional<Route> route = delivery.takeRedirect()
                .map(uri -> Route.toContact(
                        uri, uri.toLowerCase(java.util.Locale.ROOT).contains(";transport=tcp")))
                .or(() -> routes().resolve(aor, app, now));
        if (route.isEmpty()) {
            delivery.awaitRegistration();
            return AttemptPlan.nothing();
        }
        delivery.dispatched(now, route.get().requestUri());
        byte[] body = push.content();
        boolean tcp = route.get().contactWantsTcp() || body.length > settings.tcpThresholdBytes();
        return AttemptPlan.send(new OtaSipRequest(
                push.id(),
                delivery.id(),
                push.piName(),
                push.pushId(),
                route.get().requestUri(),
                aor.toSipUri(),
                route.get().outboundProxy(),
                app,
                push.contentType(),
                body,
                tcp));
    }

    /**
     * Applies a final SIP answer. An answer for a delivery that already ended (cancelled,
     * expired) changes nothing. A 3xx with a Contact is followed once, at once.
     */
    public AnswerEffect recordAnswer(
            long deliveryId, int sipStatus, String reason, int retryAfter, String redirectContact, Instant now) {
        Optional<Delivery> found = deliveries.findForUpdate(deliveryId);
        if (found.isEmpty() || found.get().isFinal()) {
            return AnswerEffect.none();
        }
        Delivery delivery = found.get();
        Push push = delivery.push();
        String answer = "SIP " + sipStatus + (reason == null || reason.isBlank() ? "" : " " + reason);
        if (sipStatus >= 300 && sipStatus < 400 && delivery.redirectTo(redirectContact, now, sipStatus)) {
            return new AnswerEffect(Optional.of(now), delivery.aor(), delivery.priorityRank());
        }
        Optional<Instant> next = Optional.empty();
        switch (SipOutcome.of(sipStatus, push.deliveryMethod())) {
            case DELIVERED -> delivery.delivered(now, sipStatus);
            case UNDELIVERABLE -> delivery.undeliverable(now, sipStatus, answer);
            case RETRY -> next = retry(delivery, push, sipStatus, answer, retryAfter, now);
        }
        if (delivery.isFinal()) {
            ended.fire(DeliveryEnded.of(delivery));
        }
        return new AnswerEffect(next, delivery.aor(), delivery.priorityRank());
    }

    private Optional<Instant> retry(
            Delivery delivery, Push push, int sipStatus, String answer, int retryAfter, Instant now) {
        Optional<Instant> next = settings.retryPolicy()
                .nextAttempt(delivery.attempts(), now, push.receivedAt(), retryAfter, ThreadLocalRandom.current());
        if (next.isEmpty()) {
            delivery.undeliverable(now, sipStatus, "retries used up; last answer " + answer);
        } else {
            delivery.retryAt(next.get(), sipStatus, answer);
            metrics.retryScheduled();
        }
        return next;
    }

    /** Deliveries to this address of record that waited for a route become due now. */
    public List<Long> releaseAwaiting(String aor, Instant now) {
        List<Long> ids = deliveries.awaitingRegistration(aor);
        for (Long id : ids) {
            deliveries.findForUpdate(id).filter(d -> !d.isFinal()).ifPresent(d -> d.routeAvailable(now));
        }
        return ids;
    }

    /** Ends every pending delivery whose deliver-before-timestamp passed; returns how many. */
    public int expireOverdue(Instant now, int limit) {
        int expired = 0;
        for (Long id : deliveries.overdue(now, limit)) {
            Optional<Delivery> d = deliveries.findForUpdate(id).filter(x -> !x.isFinal());
            if (d.isPresent()) {
                d.get().expired(now);
                ended.fire(DeliveryEnded.of(d.get()));
                expired++;
            }
        }
        return expired;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueDelivery> due(Instant dueBefore, Instant now, int limit) {
        return deliveries.due(dueBefore, now.minus(IN_FLIGHT_LIMIT), limit);
    }

    /** Deliveries to this terminal that are ready now, in submission order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueDelivery> readyFor(String aor, Instant now) {
        return deliveries.readyFor(aor, now, 1); // one at a time goes out per terminal
    }

    private RouteResolver routes() {
        return new RouteResolver(registry, settings.outboundProxy());
    }
}
