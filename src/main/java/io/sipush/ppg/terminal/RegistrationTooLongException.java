package io.sipush.ppg.terminal;

/** A REGISTER holds a value longer than the registry stores (see {@link RegistrationLimits}). */
public class RegistrationTooLongException extends Exception {
    private static final long serialVersionUID = 1L;

    public RegistrationTooLongException(String what, int limit) {
        super(what + " longer than " + limit + " characters");
    }
}
