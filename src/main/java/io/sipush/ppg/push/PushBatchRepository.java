package io.sipush.ppg.push;

import java.util.List;

/** Stores new pushes many at a time: one transaction, one commit, for a batch of submissions. */
public interface PushBatchRepository {

    /**
     * Stores every push with its deliveries, all or none, and assigns their keys.
     *
     * @throws DuplicatePushIdException when a push-id is already taken by its PI (in the store or
     *     within the batch); nothing of the batch is stored then
     */
    void addAll(List<Push> pushes) throws DuplicatePushIdException;
}
