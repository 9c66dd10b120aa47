package io.sipush.ppg.pushinitiator;

import java.util.List;
import java.util.Optional;

/** Where PI accounts are kept. */
public interface PushInitiatorRepository {
    Optional<PushInitiator> find(String name);

    /** Every account, by name. */
    List<PushInitiator> all();

    void add(PushInitiator initiator);

    /** Removes the account of this name; false when there was none. */
    boolean remove(String name);
}
