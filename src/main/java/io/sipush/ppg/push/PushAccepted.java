package io.sipush.ppg.push;

import java.time.Instant;
import java.util.List;

/** Raised when a push is stored; delivery starts once the storing transaction commits. */
public record PushAccepted(long pushKey, List<Long> deliveryIds, int priorityRank, Instant firstAttemptAt) {
    public PushAccepted {
        deliveryIds = List.copyOf(deliveryIds);
    }
}
