package io.sipush.ppg.push;

/** PAP 2004 PUSH_ID_NOT_FOUND: no push of this PI has this push-id. */
public class PushIdNotFoundException extends Exception {
    private static final long serialVersionUID = 1L;

    public PushIdNotFoundException(String pushId) {
        super("no push with push-id '" + pushId + "' is known for this push initiator");
    }
}
