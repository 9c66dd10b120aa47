package io.sipush.ppg.pap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushMessageTest {

    private static PushAddress plmn() throws PapException {
        return PushAddress.parse("WAPPUSH=+15551234567/TYPE=PLMN");
    }

    @Test
    void builder_fills_pap_defaults() throws PapException {
        PushMessage push =
                PushMessage.builder(PapVersion.V2_1, "p1").address(plmn()).build();
        assertEquals(ReplaceMethod.ALL, push.replaceMethod());
        assertEquals(QualityOfService.defaults(), push.qualityOfService());
        assertNull(push.deliverBeforeTimestamp());
        assertNull(push.ppgNotifyRequestedTo());
        assertEquals(List.of(plmn()), push.addresses());
    }

    @Test
    void push_without_push_id_is_a_bad_request() {
        PapException e = assertThrows(
                PapException.class,
                () -> PushMessage.builder(PapVersion.V2_1, " ").address(plmn()).build());
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("push-id"));
    }

    @Test
    void push_without_address_is_a_bad_request() {
        PapException e = assertThrows(
                PapException.class,
                () -> PushMessage.builder(PapVersion.V2_1, "p1").build());
        assertEquals(StatusCode.BAD_REQUEST, e.code());
    }

    @Test
    void replacement_is_refused_in_pap_1_0() {
        PapException e = assertThrows(
                PapException.class,
                () -> PushMessage.builder(PapVersion.V1_0, "p2")
                        .address(plmn())
                        .replace("p1", ReplaceMethod.ALL)
                        .build());
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("replace-push-id"));
    }

    @Test
    void deliver_after_must_precede_deliver_before() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        assertThrows(
                PapException.class,
                () -> PushMessage.builder(PapVersion.V2_0, "p1")
                        .address(plmn())
                        .deliverBeforeTimestamp(now)
                        .deliverAfterTimestamp(now)
                        .build());
    }

    @Test
    void notify_url_must_be_absolute_http() {
        assertThrows(
                PapException.class,
                () -> PushMessage.builder(PapVersion.V2_0, "p1")
                        .address(plmn())
                        .ppgNotifyRequestedTo("mailto:pi@example.com")
                        .build());
    }

    @Test
    void constructor_reports_the_same_rule_unchecked() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new PushMessage(
                        PapVersion.V2_1, null, List.of(plmn()), null, null, null, null, false, null, null, null));
        assertTrue(e.getCause() instanceof PapException);
    }

    @Test
    void other_requests_validate_their_required_attributes() throws PapException {
        assertEquals(List.of(), CancelMessage.of(PapVersion.V2_0, "p1", null).addresses());
        assertThrows(PapException.class, () -> CancelMessage.of(PapVersion.V2_0, "", List.of()));
        assertThrows(PapException.class, () -> StatusQueryMessage.of(PapVersion.V2_0, null, List.of()));
        assertThrows(PapException.class, () -> CcqMessage.of(PapVersion.V2_0, "q", null, null));
        assertThrows(PapException.class, () -> ResultNotificationResponse.of(PapVersion.V2_0, "p1", null, null, null));
    }
}
