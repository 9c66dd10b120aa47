package io.sipush.ppg.push;

/** A delivery that is ready for an attempt, with its priority rank (0 high, 2 low). */
public record DueDelivery(long deliveryId, int priorityRank) {}
