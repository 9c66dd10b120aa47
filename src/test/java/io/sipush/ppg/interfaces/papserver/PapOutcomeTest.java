package io.sipush.ppg.interfaces.papserver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.monitoring.PapOperation;
import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PapOutcomeTest {

    @Test
    void push_response_counts_as_push_message_with_its_code() {
        PushResponse reply =
                new PushResponse(PapVersion.V2_1, "p1", null, null, null, StatusCode.DUPLICATE_PUSH_ID, "duplicate");

        assertThat(PapOutcome.of(reply)).contains(new PapOutcome(PapOperation.PUSH, 2007));
    }

    @Test
    void cancel_response_counts_with_the_code_of_its_first_result() {
        CancelResponse reply =
                new CancelResponse(PapVersion.V2_0, "p1", List.of(new CancelResult(StatusCode.OK, null, List.of())));

        assertThat(PapOutcome.of(reply)).contains(new PapOutcome(PapOperation.CANCEL, 1000));
    }

    @Test
    void badmessage_response_counts_as_badmessage() {
        BadMessageResponse reply = new BadMessageResponse(PapVersion.V2_1, StatusCode.BAD_REQUEST, "malformed", null);

        assertThat(PapOutcome.of(reply)).contains(new PapOutcome(PapOperation.BAD_MESSAGE, 2000));
    }
}
