package io.sipush.ppg.push;

/**
 * The store cannot take the push now (too many submissions wait to be stored), or did not
 * confirm it in time. PAP answers 4001 Service unavailable.
 */
public class PushStoreBusyException extends Exception {
    private static final long serialVersionUID = 1L;

    public PushStoreBusyException(String message) {
        super(message);
    }
}
