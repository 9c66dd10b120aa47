package io.sipush.ppg.push;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where per-address deliveries are kept, and how the delivery engine finds its work. */
public interface DeliveryRepository {

    Optional<Delivery> find(long deliveryId);

    /**
     * The delivery, locked against concurrent attempts until the transaction ends, so that only
     * one caller can take it for an attempt.
     */
    Optional<Delivery> findForUpdate(long deliveryId);

    /**
     * Pending deliveries of these partitions past their deliver-before-timestamp, at most {@code
     * limit}: those whose time came after {@code since}, or any if {@code since} is null.
     */
    List<Long> overdue(Instant since, Instant now, Collection<Integer> partitions, int limit);
}
