package io.sipush.ppg.monitoring;

/** Counts read from the store for the gauges; each one query, meant to be cached by the caller. */
public interface StoreCounts {

    /** Deliveries that are not final yet (PAP state pending). */
    long pendingDeliveries();

    /** Result notifications stored and not yet answered by the PI nor abandoned. */
    long pendingResultNotifications();
}
