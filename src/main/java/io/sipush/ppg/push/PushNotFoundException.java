package io.sipush.ppg.push;

/** The operator named a push by a store key that no push has. */
public class PushNotFoundException extends Exception {
    private static final long serialVersionUID = 1L;

    public PushNotFoundException(long pushKey) {
        super("no push with key " + pushKey);
    }
}
