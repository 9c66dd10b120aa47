package io.sipush.ppg.pushinitiator;

/** A PI account of that name exists already. */
public class AccountExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccountExistsException(String name) {
        super("a push initiator account named '" + name + "' exists already");
    }
}
