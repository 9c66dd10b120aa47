package io.sipush.ppg.pushinitiator;

/** No PI account has the name asked for. */
public class AccountNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccountNotFoundException(String name) {
        super("no push initiator account named '" + name + "'");
    }
}
