package io.sipush.ppg.pap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatusCodeTest {

    @Test
    void every_code_reads_back_from_its_number() {
        for (StatusCode code : StatusCode.values()) {
            assertEquals(code, StatusCode.of(code.code()));
        }
    }

    @Test
    void codes_are_spelled_as_in_the_spec() {
        assertEquals(2007, StatusCode.DUPLICATE_PUSH_ID.code());
        assertEquals("Duplicate push ID", StatusCode.DUPLICATE_PUSH_ID.description());
        assertEquals(3002, StatusCode.VERSION_NOT_SUPPORTED.code());
        assertEquals(26, StatusCode.values().length);
    }

    @Test
    void unknown_code_reads_as_x000_of_its_class() {
        assertEquals(StatusCode.OK, StatusCode.of(1999));
        assertEquals(StatusCode.BAD_REQUEST, StatusCode.of(2099));
        assertEquals(StatusCode.INTERNAL_SERVER_ERROR, StatusCode.of(3500));
        assertEquals(StatusCode.SERVICE_FAILURE, StatusCode.of(4002));
        assertEquals(StatusCode.MOBILE_CLIENT_ABORTED, StatusCode.of(5001));
    }

    @Test
    void code_outside_the_pap_classes_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> StatusCode.of(999));
        assertThrows(IllegalArgumentException.class, () -> StatusCode.of(6000));
        assertThrows(IllegalArgumentException.class, () -> StatusCode.of(-1000));
    }

    @Test
    void only_1xxx_codes_are_success() {
        assertTrue(StatusCode.OK.isSuccess());
        assertTrue(StatusCode.ACCEPTED_FOR_PROCESSING.isSuccess());
        assertFalse(StatusCode.BAD_REQUEST.isSuccess());
        assertFalse(StatusCode.MOBILE_CLIENT_ABORTED.isSuccess());
    }
}
