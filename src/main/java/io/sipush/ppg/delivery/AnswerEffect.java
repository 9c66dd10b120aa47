package io.sipush.ppg.delivery;

import java.time.Instant;
import java.util.Optional;

/** What a SIP answer leaves to do: the time of the next attempt, if any, and whose queue moved. */
public record AnswerEffect(Optional<Instant> nextAttempt, String aor, int priorityRank) {
    static AnswerEffect none() {
        return new AnswerEffect(Optional.empty(), null, 1);
    }
}
