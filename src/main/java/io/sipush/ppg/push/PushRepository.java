package io.sipush.ppg.push;

import java.util.Optional;

/** Where pushes are kept. The push-id is unique per push initiator. */
public interface PushRepository {

    void add(Push push);

    boolean exists(String piName, String pushId);

    /** The push with its deliveries, only if it belongs to this PI. */
    Optional<Push> find(String piName, String pushId);
}
