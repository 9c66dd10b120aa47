package io.sipush.ppg.push.notification;

/**
 * Raised inside the transaction that stored a result notification; the sender observes it after
 * the commit, so that nothing is sent for a row that was rolled back.
 */
public record ResultNotificationStored(long notificationId) {}
