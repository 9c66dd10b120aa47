package io.sipush.ppg.pap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PapEnumsTest {

    @Test
    void message_states_use_pap_names_and_read_back() {
        for (MessageState state : MessageState.values()) {
            assertEquals(state, MessageState.fromPapName(state.papName()));
        }
        assertEquals("undeliverable", MessageState.UNDELIVERABLE.papName());
        assertEquals(MessageState.CANCELLED, MessageState.fromPapName("Cancelled"));
    }

    @Test
    void all_states_but_pending_and_unknown_are_final() {
        assertFalse(MessageState.PENDING.isFinal());
        assertFalse(MessageState.UNKNOWN.isFinal());
        assertTrue(MessageState.DELIVERED.isFinal());
        assertTrue(MessageState.EXPIRED.isFinal());
        assertTrue(MessageState.TIMEOUT.isFinal());
    }

    @Test
    void unknown_state_name_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> MessageState.fromPapName("rejected"));
        assertThrows(IllegalArgumentException.class, () -> MessageState.fromPapName(null));
    }

    @Test
    void qos_enums_parse_their_pap_names() {
        assertEquals(Priority.HIGH, Priority.fromPapName("high"));
        assertEquals(DeliveryMethod.PREFERCONFIRMED, DeliveryMethod.fromPapName("preferconfirmed"));
        assertEquals("notspecified", DeliveryMethod.NOTSPECIFIED.papName());
        assertThrows(IllegalArgumentException.class, () -> Priority.fromPapName("urgent"));
    }

    @Test
    void replace_method_uses_hyphenated_pap_name() {
        assertEquals("pending-only", ReplaceMethod.PENDING_ONLY.papName());
        assertEquals(ReplaceMethod.PENDING_ONLY, ReplaceMethod.fromPapName("pending-only"));
        assertEquals(ReplaceMethod.ALL, ReplaceMethod.fromPapName("all"));
    }

    @Test
    void qos_defaults_are_medium_and_notspecified() {
        QualityOfService defaults = QualityOfService.defaults();
        assertEquals(Priority.MEDIUM, defaults.priority());
        assertEquals(DeliveryMethod.NOTSPECIFIED, defaults.deliveryMethod());
        assertFalse(defaults.networkRequired());
        assertEquals(defaults, new QualityOfService(null, null, "", false, null, false));
    }

    @Test
    void versions_are_found_by_public_system_id_and_label() {
        assertEquals(Optional.of(PapVersion.V1_0), PapVersion.fromPublicId("-//WAPFORUM//DTD PAP//EN"));
        assertEquals(Optional.of(PapVersion.V2_0), PapVersion.fromPublicId("-//WAPFORUM//DTD PAP 2.0//EN"));
        assertEquals(
                Optional.of(PapVersion.V2_1),
                PapVersion.fromSystemId("http://www.openmobilealliance.org/tech/DTD/pap_2.1.dtd"));
        assertEquals(Optional.of(PapVersion.V1_0), PapVersion.fromLabel("1.0"));
        assertEquals(Optional.empty(), PapVersion.fromPublicId("-//WAPFORUM//DTD PAP 3.0//EN"));
        assertEquals("2.1", PapVersion.V2_1.label());
        assertEquals("http://www.wapforum.org/DTD/pap_1.0.dtd", PapVersion.V1_0.systemId());
    }

    @Test
    void default_limits_match_the_design() {
        PapLimits limits = PapLimits.defaults();
        assertEquals(65536, limits.maxContentBytes());
        assertEquals(1048576, limits.maxRequestBytes());
        assertEquals(1000, limits.maxAddresses());
        assertEquals(255, limits.maxPushIdLength());
        assertThrows(IllegalArgumentException.class, () -> new PapLimits(0, 1, 1, 1));
    }

    @Test
    void exception_fragment_is_truncated_and_desc_defaults_to_code_description() {
        PapException e = new PapException(StatusCode.BAD_REQUEST, null, "x".repeat(500));
        assertEquals("Bad request", e.getMessage());
        assertTrue(e.fragment().length() <= PapException.MAX_FRAGMENT_LENGTH + 3);
        assertEquals("", new PapException(StatusCode.OK, "fine").fragment());
        assertEquals(
                "<a/>",
                new PapException(StatusCode.OK, "fine").withFragment("<a/>").fragment());
    }
}
