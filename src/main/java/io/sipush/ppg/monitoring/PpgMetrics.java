package io.sipush.ppg.monitoring;

import io.sipush.ppg.push.DeliveryEnded;

/**
 * Counts what happens on the hot paths that no domain event carries. Each call must be cheap and
 * never throw: it runs on delivery and PAP threads.
 */
public interface PpgMetrics {

    /** A PAP request was answered; {@code code} is the PAP status code of the reply. */
    void papRequest(PapOperation operation, int code);

    /** A PAP request without valid PI credentials got HTTP 401. */
    void papUnauthorized();

    /** A final SIP answer to a push MESSAGE arrived (a container-generated 408 on time-out included). */
    void sipAnswer(int sipStatus);

    /** A push MESSAGE could not be sent at all. */
    void sipTransportError();

    /** A delivery got a transient failure and was given a next attempt. */
    void retryScheduled();

    /** A delivery's final state was committed. */
    void deliveryEnded(DeliveryEnded ended);
}
