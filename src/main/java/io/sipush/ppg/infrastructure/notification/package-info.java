/**
 * Sends the stored result notifications (PAP §9.4) to the Push Initiators: an HTTP/1.1 POST of
 * the resultnotification-message with {@code java.net.http}, on an executor of its own, and a
 * durable sweep that resumes whatever is due after a failure or a restart. The delivery engine
 * never waits for a Push Initiator.
 */
package io.sipush.ppg.infrastructure.notification;
