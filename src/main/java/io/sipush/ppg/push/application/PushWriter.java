package io.sipush.ppg.push.application;

import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushStoreBusyException;

/** Stores a new push durably: when {@link #store} returns, the push is committed. */
public interface PushWriter {

    /**
     * @throws DuplicatePushIdException the PI has a push with this push-id already
     * @throws PushStoreBusyException the store cannot take it now; nothing was stored, or (on a
     *     time-out, which the message says) it is not known whether it was
     */
    void store(Push push) throws DuplicatePushIdException, PushStoreBusyException;
}
