package io.sipush.ppg.content.dm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Package0Test {

    @Test
    void builder_defaults_to_version_12_unspecified_ui_mode_and_server_initiator() {
        Package0 notification = Package0Builder.forServer("dm").sessionId(1).build();

        assertEquals(12, notification.version());
        assertEquals(UiMode.NOT_SPECIFIED, notification.uiMode());
        assertEquals(Initiator.SERVER, notification.initiator());
        assertArrayEquals(new byte[0], notification.vendorSpecific());
    }

    @Test
    void session_id_must_be_between_1_and_ffff() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Package0Builder.forServer("dm").sessionId(0).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> Package0Builder.forServer("dm").sessionId(0x10000).build());
        assertEquals(
                0xFFFF,
                Package0Builder.forServer("dm").sessionId(0xFFFF).build().sessionId());
    }

    @Test
    void session_id_is_required_by_the_builder() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Package0Builder.forServer("dm").build());
    }

    @Test
    void version_must_fit_ten_bits() {
        assertEquals(
                1023,
                Package0Builder.forServer("dm")
                        .sessionId(1)
                        .version(1023)
                        .build()
                        .version());
        assertThrows(
                IllegalArgumentException.class,
                () -> Package0Builder.forServer("dm").sessionId(1).version(1024).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> Package0Builder.forServer("dm").sessionId(1).version(-1).build());
    }

    @Test
    void server_id_is_limited_to_255_utf8_bytes() {
        String twoByteChars = "\u00e9".repeat(128);

        assertEquals(
                255,
                Package0Builder.forServer("x".repeat(255)).sessionId(1).build().serverIdBytes().length);
        assertThrows(
                IllegalArgumentException.class,
                () -> Package0Builder.forServer(twoByteChars).sessionId(1).build());
        assertThrows(
                IllegalArgumentException.class,
                () -> Package0Builder.forServer("").sessionId(1).build());
    }

    @Test
    void vendor_specific_data_is_copied_defensively() {
        byte[] vendor = {1, 2, 3};
        Package0 notification = Package0Builder.forServer("dm")
                .sessionId(1)
                .vendorSpecific(vendor)
                .build();

        vendor[0] = 9;
        notification.vendorSpecific()[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, notification.vendorSpecific());
    }

    @Test
    void session_id_renders_for_package_1_as_upper_case_hex() {
        assertEquals(
                "AB", Package0Builder.forServer("dm").sessionId(0x00AB).build().sessionIdForPackage1());
    }
}
