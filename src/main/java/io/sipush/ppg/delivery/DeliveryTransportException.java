package io.sipush.ppg.delivery;

/** The SIP stack could not send a request (no listening point, bad URI, socket error). */
public class DeliveryTransportException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeliveryTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
