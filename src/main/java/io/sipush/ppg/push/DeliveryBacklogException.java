package io.sipush.ppg.push;

/**
 * Delivery runs too far behind what was accepted: the PPG takes no new push until it catches
 * up. PAP answers 4001 Service unavailable, and the PI tries again later.
 */
public class DeliveryBacklogException extends Exception {
    private static final long serialVersionUID = 1L;

    public DeliveryBacklogException(String message) {
        super(message);
    }
}
