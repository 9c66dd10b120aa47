package io.sipush.ppg.delivery;

/** Receives the final answer to an OTA-SIP request. */
public interface DeliveryOutcomeListener {

    /**
     * @param sipStatus the final SIP status code (a container-generated 408 on time-out)
     * @param retryAfterSeconds the Retry-After header's value, or -1
     * @param redirectContact the first Contact of a 3xx answer, or null
     */
    void onFinalResponse(
            long deliveryId, int sipStatus, String reasonPhrase, int retryAfterSeconds, String redirectContact);
}
