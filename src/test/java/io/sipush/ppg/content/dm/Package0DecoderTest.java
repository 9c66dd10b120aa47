package io.sipush.ppg.content.dm;

import static io.sipush.ppg.content.dm.DigestFormula.concat;
import static io.sipush.ppg.content.dm.DigestFormula.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Package0DecoderTest {

    private static final byte[] DIGEST = hex("00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF");

    @Test
    void decodes_fields_of_a_hand_built_package() throws Exception {
        byte[] trigger = hex("03 28 00 00 00 0A BC 03 73 72 76 01 02");

        ReceivedPackage0 received = Package0Decoder.decode(concat(DIGEST, trigger));

        Package0 notification = received.notification();
        assertEquals(12, notification.version());
        assertEquals(UiMode.INFORMATIVE, notification.uiMode());
        assertEquals(Initiator.SERVER, notification.initiator());
        assertEquals(0x0ABC, notification.sessionId());
        assertEquals("srv", notification.serverId());
        assertArrayEquals(new byte[] {1, 2}, notification.vendorSpecific());
        assertArrayEquals(DIGEST, received.digest());
        assertArrayEquals(trigger, received.trigger());
    }

    @Test
    void decoding_what_the_encoder_wrote_gives_the_same_package() throws Exception {
        Package0 original = Package0Builder.forServer("dm.example.org")
                .version(11)
                .uiMode(UiMode.USER_INTERACTION)
                .initiator(Initiator.CLIENT)
                .sessionId(77)
                .vendorSpecific(new byte[] {9, 8, 7})
                .build();
        byte[] encoded =
                Package0Encoder.encode(original, new DmServerCredentials("dm.example.org", "pw"), new byte[] {1});

        assertEquals(original, Package0Decoder.decode(encoded).notification());
    }

    @Test
    void rejects_input_shorter_than_24_bytes() {
        byte[] tooShort = concat(DIGEST, hex("03 08 00 00 00 00 01"));

        MalformedPackage0Exception failure =
                assertThrows(MalformedPackage0Exception.class, () -> Package0Decoder.decode(tooShort));
        assertTrue(failure.getMessage().contains("23 bytes"), failure.getMessage());
    }

    @Test
    void rejects_length_identifier_that_overruns_the_data() {
        byte[] overrun = concat(DIGEST, hex("03 08 00 00 00 00 01 05 61 62"));

        assertThrows(MalformedPackage0Exception.class, () -> Package0Decoder.decode(overrun));
    }

    @Test
    void rejects_session_id_zero() {
        byte[] zeroSession = concat(DIGEST, hex("03 08 00 00 00 00 00 01 61"));

        assertThrows(MalformedPackage0Exception.class, () -> Package0Decoder.decode(zeroSession));
    }

    @Test
    void rejects_non_zero_future_use_bits() {
        byte[] futureBitSet = concat(DIGEST, hex("03 08 00 00 01 00 01 01 61"));

        assertThrows(MalformedPackage0Exception.class, () -> Package0Decoder.decode(futureBitSet));
    }

    @Test
    void rejects_empty_server_identifier() {
        byte[] noServerId = concat(DIGEST, hex("03 08 00 00 00 00 01 00 61"));

        assertThrows(MalformedPackage0Exception.class, () -> Package0Decoder.decode(noServerId));
    }

    @Test
    void rejects_server_identifier_that_is_not_utf8() {
        byte[] badUtf8 = concat(DIGEST, hex("03 08 00 00 00 00 01 01 C3"));

        assertThrows(MalformedPackage0Exception.class, () -> Package0Decoder.decode(badUtf8));
    }
}
