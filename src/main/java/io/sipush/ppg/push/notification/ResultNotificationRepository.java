package io.sipush.ppg.push.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where result notifications are kept until the Push Initiator has answered them. */
public interface ResultNotificationRepository {

    void add(ResultNotification notification);

    Optional<ResultNotification> find(long notificationId);

    /** The notification, locked until the transaction ends, so that only one caller claims it. */
    Optional<ResultNotification> findForUpdate(long notificationId);

    /** Pending notifications whose next attempt is due and that nobody holds a claim on. */
    List<Long> due(Instant now, int limit);

    /** The notification stored for this delivery, if any. */
    Optional<ResultNotification> forDelivery(long deliveryId);
}
