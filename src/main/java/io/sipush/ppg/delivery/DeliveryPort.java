package io.sipush.ppg.delivery;

/**
 * Sends OTA-SIP requests. The answer comes back later, on another thread, through {@link
 * DeliveryOutcomeListener}.
 */
public interface DeliveryPort {

    /**
     * Sends the request.
     *
     * @throws DeliveryTransportException when the request could not be sent at all
     */
    void send(OtaSipRequest request) throws DeliveryTransportException;

    /** True once requests can be sent and their answers received (the SIP listener is up). */
    default boolean isReady() {
        return true;
    }
}
