package io.sipush.ppg.tools.piclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PapReplyTest {

    private static PapReply reply(io.sipush.ppg.pap.PapResponse response) {
        return new PapReply(200, new byte[0], response);
    }

    @Test
    void accepted_for_processing_is_a_success() {
        PapReply reply = new PapReply(
                202,
                new byte[0],
                new PushResponse(PapVersion.V2_1, "p1", null, null, null, StatusCode.ACCEPTED_FOR_PROCESSING, null));

        assertThat(reply.succeeded()).isTrue();
        assertThat(reply.summary()).anyMatch(line -> line.contains("1001 Accepted for processing"));
    }

    @Test
    void a_status_query_with_one_failing_address_is_a_failure() {
        StatusQueryResult delivered =
                new StatusQueryResult(StatusCode.OK, null, MessageState.DELIVERED, Instant.EPOCH, List.of());
        StatusQueryResult unknown =
                new StatusQueryResult(StatusCode.ADDRESS_NOT_FOUND, "not sent", MessageState.UNKNOWN, null, List.of());

        PapReply reply = reply(new StatusQueryResponse(PapVersion.V2_1, "p1", List.of(delivered, unknown)));

        assertThat(reply.succeeded()).isFalse();
        assertThat(reply.summary())
                .anyMatch(line -> line.contains("delivered"))
                .anyMatch(line -> line.contains("2003 Address not found (not sent)"));
    }

    @Test
    void a_bad_message_response_is_a_failure_that_shows_the_fragment() {
        PapReply reply = reply(new BadMessageResponse(PapVersion.V2_1, StatusCode.BAD_REQUEST, "no push-id", "<x/>"));

        assertThat(reply.succeeded()).isFalse();
        assertThat(reply.summary()).anyMatch(line -> line.contains("offending fragment: <x/>"));
    }

    @Test
    void no_pap_body_is_a_failure_and_401_says_the_credentials_were_refused() {
        PapReply reply = new PapReply(401, new byte[0], null);

        assertThat(reply.succeeded()).isFalse();
        assertThat(reply.summary()).anyMatch(line -> line.contains("credentials were refused"));
    }
}
