package io.sipush.ppg.pushinitiator;

import java.util.Optional;

/** Where PI accounts are kept. */
public interface PushInitiatorRepository {
    Optional<PushInitiator> find(String name);

    void add(PushInitiator initiator);
}
