package io.sipush.ppg.delivery;

import java.util.Optional;

/**
 * What an attempt came to: a MESSAGE to send, or nothing now; {@code heldForAor} names the
 * terminal when the delivery waits behind an earlier push to it (submission order).
 */
public record AttemptPlan(Optional<OtaSipRequest> request, String heldForAor) {
    static AttemptPlan send(OtaSipRequest request) {
        return new AttemptPlan(Optional.of(request), null);
    }

    static AttemptPlan nothing() {
        return new AttemptPlan(Optional.empty(), null);
    }

    static AttemptPlan heldBehindEarlierPush(String aor) {
        return new AttemptPlan(Optional.empty(), aor);
    }
}
