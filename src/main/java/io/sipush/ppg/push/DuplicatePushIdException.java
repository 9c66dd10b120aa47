package io.sipush.ppg.push;

/** PAP 2007 DUPLICATE_PUSH_ID: the PI already used this push-id. */
public class DuplicatePushIdException extends Exception {
    private static final long serialVersionUID = 1L;

    public DuplicatePushIdException(String pushId) {
        super("push-id '" + pushId + "' was already used by this push initiator");
    }
}
