package io.sipush.ppg.content.dm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Package1SessionIdTest {

    @Test
    void renders_upper_case_hex_without_leading_zeros() {
        assertEquals("1", Package1SessionId.render(1));
        assertEquals("AB", Package1SessionId.render(0x00AB));
        assertEquals("F00", Package1SessionId.render(0x0F00));
        assertEquals("FFFF", Package1SessionId.render(0xFFFF));
    }

    @Test
    void rejects_session_ids_outside_1_to_ffff() {
        assertThrows(IllegalArgumentException.class, () -> Package1SessionId.render(0));
        assertThrows(IllegalArgumentException.class, () -> Package1SessionId.render(0x10000));
    }
}
