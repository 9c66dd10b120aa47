package io.sipush.ppg.push.application;

import java.util.Optional;

/**
 * Whether delivery keeps up with what is accepted (issue 12, overload control): admission
 * follows delivery capacity, so that under overload a push is refused at once instead of being
 * accepted to wait while deliveries starve.
 */
public interface DeliveryCapacity {
    /** Empty while delivery keeps up; else why a new push is refused now. */
    Optional<String> refusal();

    /** Delivery that always keeps up, for tests and tools without an engine. */
    DeliveryCapacity UNLIMITED = Optional::empty;
}
