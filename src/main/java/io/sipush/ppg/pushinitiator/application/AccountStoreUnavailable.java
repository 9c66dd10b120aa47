package io.sipush.ppg.pushinitiator.application;

/** The accounts could not be read (a database outage): the PI gets 503 with PAP 4001. */
public final class AccountStoreUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    public AccountStoreUnavailable(Throwable cause) {
        super("the push initiator accounts cannot be read: " + cause, cause);
    }
}
