package io.sipush.ppg.it;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Status queries as a PI makes them, and waiting for a push to reach a state. */
public final class Status {
    private Status() {}

    public static List<StatusQueryResult> of(PapClient pi, String pushId) throws Exception {
        PapClient.Reply reply = pi.statusQuery(StatusQueryMessage.of(PapVersion.V2_1, pushId, List.of()));
        return ((StatusQueryResponse) reply.pap()).results();
    }

    /**
     * Queries until the first address of the push is in {@code wanted}, or {@code limit} has
     * passed; returns the last result either way, for the test to assert on.
     */
    public static StatusQueryResult awaitState(PapClient pi, String pushId, MessageState wanted, Duration limit)
            throws Exception {
        Instant deadline = Instant.now().plus(limit);
        StatusQueryResult last = of(pi, pushId).get(0);
        while (last.messageState() != wanted && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            last = of(pi, pushId).get(0);
        }
        return last;
    }
}
