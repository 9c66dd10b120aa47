package io.sipush.ppg.pap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PapTimestampTest {

    @Test
    void utc_timestamp_round_trips() throws PapException {
        Instant instant = PapTimestamp.parse("2030-01-31T23:59:59Z", "reply-time");
        assertEquals(Instant.parse("2030-01-31T23:59:59Z"), instant);
        assertEquals("2030-01-31T23:59:59Z", PapTimestamp.format(instant));
    }

    @Test
    void format_drops_fractions_of_a_second() {
        assertEquals("2030-01-01T00:00:00Z", PapTimestamp.format(Instant.parse("2030-01-01T00:00:00.999Z")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2030-01-31T23:59:59",
                "2030-01-31 23:59:59Z",
                "2030-01-31T23:59:59.5Z",
                "2030-01-31T23:59:59+01:00",
                "2030-13-01T00:00:00Z",
                "2030-02-30T00:00:00Z",
                "2030-01-01T24:00:00Z",
                "30-01-01T00:00:00Z"
            })
    void malformed_timestamp_is_a_bad_request_naming_the_attribute(String value) {
        PapException e = assertThrows(PapException.class, () -> PapTimestamp.parse(value, "deliver-before-timestamp"));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("deliver-before-timestamp"), e.getMessage());
    }
}
