package io.sipush.ppg.push;

import io.sipush.ppg.pap.MessageState;

/** PAP 2008 CANCELLATION_NOT_POSSIBLE: the delivery already reached a final state. */
public class CancellationNotPossibleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient MessageState state;

    public CancellationNotPossibleException(String papAddress, MessageState state) {
        super("the push to " + papAddress + " is already " + state.papName());
        this.state = state;
    }

    public MessageState state() {
        return state;
    }
}
