package io.sipush.ppg.push.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.monitoring.LogValue;
import io.sipush.ppg.monitoring.PushLogTag;
import io.sipush.ppg.pap.ResultNotificationResponse;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryRepository;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.notification.NotificationAttempt;
import io.sipush.ppg.push.notification.NotificationBackoff;
import io.sipush.ppg.push.notification.ResultNotification;
import io.sipush.ppg.push.notification.ResultNotificationBody;
import io.sipush.ppg.push.notification.ResultNotificationRepository;
import io.sipush.ppg.push.notification.ResultNotificationStored;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.enterprise.event.Observes;
import javax.enterprise.inject.Default;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Notifies the Push Initiator of results (PAP §9.4). When a delivery ends, the
 * resultnotification-message is stored in the same transaction, so a final state is never
 * committed without its notification; the sender is told after the commit. The other steps each
 * take one transaction: claim an attempt, record the answer or the failure. Every log line names
 * the PI and the push-id.
 */
@ApplicationScoped
@Transactional
public class ResultNotificationService {
    private static final Logger LOG = Logger.getLogger(ResultNotificationService.class.getName());

    @Inject
    ResultNotificationRepository notifications;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    PpgSettings settings;

    @Inject
    NotificationBackoff backoff;

    @Inject
    Event<ResultNotificationStored> stored;

    /**
     * Runs inside the transaction in which the delivery ended (events fired after a commit carry
     * {@link AfterCommit} and are not seen here). A notification that cannot
     * be built is logged and skipped: it must never hold up the delivery.
     */
    void onDeliveryEnded(@Observes @Default DeliveryEnded ended) {
        storeFor(ended);
    }

    /** Stores the result notification of a delivery that ended in the current transaction, if asked for. */
    public void storeFor(DeliveryEnded ended) {
        Optional<Delivery> found = deliveries.find(ended.deliveryId());
        if (found.isEmpty()) {
            return;
        }
        Delivery delivery = found.get();
        Push push = delivery.push();
        Optional<String> target = push.notifyRequestedTo();
        if (target.isEmpty() || notifications.forDelivery(delivery.id()).isPresent()) {
            return;
        }
        byte[] body;
        try {
            body = ResultNotificationBody.encode(push, delivery, settings.sipIdentity());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    PushLogTag.of(push.piName(), push.pushId()) + " result notification could not be built; none is"
                            + " sent for " + delivery.papAddress(),
                    e);
            return;
        }
        ResultNotification notification = ResultNotification.pending(
                push.id(), delivery.id(), push.piName(), push.pushId(), target.get(), body, Instant.now());
        notifications.add(notification);
        stored.fire(new ResultNotificationStored(notification.id()));
        LOG.log(Level.INFO, "{0} result notification {1} stored: {2} is {3}, to {4}", new Object[] {
            PushLogTag.of(push.piName(), push.pushId()),
            String.valueOf(notification.id()),
            LogValue.of(delivery.papAddress()),
            delivery.state().papName(),
            LogValue.of(target.get())
        });
    }

    /** Takes the next attempt of a due notification for {@code lease}, or returns empty. */
    public Optional<NotificationAttempt> claim(long notificationId, Instant now, Duration lease) {
        return notifications.findForUpdate(notificationId).flatMap(n -> n.claim(now, lease));
    }

    /** The PI answered the attempt with a resultnotification-response: the notification is sent. */
    public void answered(NotificationAttempt attempt, ResultNotificationResponse response, Instant now) {
        Optional<ResultNotification> found = notifications.findForUpdate(attempt.notificationId());
        if (found.isPresent() && found.get().answered(attempt.number(), now)) {
            LOG.log(Level.INFO, "{0} result notification {1} answered by {2} on attempt {3}: {4}{5}", new Object[] {
                PushLogTag.of(attempt.piName(), attempt.pushId()),
                String.valueOf(attempt.notificationId()),
                LogValue.of(attempt.url()),
                attempt.number(),
                String.valueOf(response.code().code()),
                response.desc() == null ? "" : " " + LogValue.of(response.desc())
            });
        }
    }

    /** The attempt failed: schedules the next one with back-off, or gives up past the retry limit. */
    public void failed(NotificationAttempt attempt, String why, Instant now) {
        Optional<ResultNotification> found = notifications.findForUpdate(attempt.notificationId());
        if (found.isEmpty()) {
            return;
        }
        ResultNotification notification = found.get();
        Optional<Instant> next = backoff.nextAttempt(
                notification.attempts(), now, notification.createdAt(), ThreadLocalRandom.current());
        if (!notification.failed(attempt.number(), now, why, next)) {
            return;
        }
        if (next.isPresent()) {
            LOG.log(
                    Level.WARNING,
                    "{0} result notification {1} to {2}: attempt {3} failed ({4}); next attempt at {5}",
                    new Object[] {
                        PushLogTag.of(attempt.piName(), attempt.pushId()),
                        String.valueOf(attempt.notificationId()),
                        LogValue.of(attempt.url()),
                        attempt.number(),
                        LogValue.of(why),
                        next.get()
                    });
        } else {
            LOG.log(
                    Level.SEVERE,
                    "{0} result notification {1} to {2} ABANDONED after {3} attempts over the retry limit of {4};"
                            + " last failure: {5}",
                    new Object[] {
                        PushLogTag.of(attempt.piName(), attempt.pushId()),
                        String.valueOf(attempt.notificationId()),
                        LogValue.of(attempt.url()),
                        attempt.number(),
                        backoff.retryLimit(),
                        LogValue.of(why)
                    });
        }
    }

    /** Pending notifications that are due and unclaimed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> due(Instant now, int limit) {
        return notifications.due(now, limit);
    }
}
