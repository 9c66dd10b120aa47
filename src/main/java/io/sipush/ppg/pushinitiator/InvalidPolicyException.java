package io.sipush.ppg.pushinitiator;

/** A PI policy that cannot be applied: the message names the offending value. */
public class InvalidPolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidPolicyException(String message) {
        super(message);
    }
}
