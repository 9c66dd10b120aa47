package io.sipush.ppg.content.dm;

import static io.sipush.ppg.content.dm.DigestFormula.concat;
import static io.sipush.ppg.content.dm.DigestFormula.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Package0EncoderTest {

    private static final DmServerCredentials CREDENTIALS = new DmServerCredentials("com.example.dm", "s3cret");
    private static final byte[] NONCE = {1, 2, 3, 4, (byte) 0xFE};

    @Test
    void version_12_background_server_initiated_writes_03_18_then_zero_future_bits() {
        Package0 notification = Package0Builder.forServer("srv")
                .uiMode(UiMode.BACKGROUND)
                .sessionId(0x1234)
                .build();

        // 0000001100 01 1 000... | 1234 | 03 | "srv"
        assertArrayEquals(hex("03 18 00 00 00 12 34 03 73 72 76"), Package0Encoder.trigger(notification));
    }

    @Test
    void version_11_with_unspecified_ui_mode_writes_02_c8() {
        Package0 notification =
                Package0Builder.forServer("a").version(11).sessionId(1).build();

        // 0000001011 00 1 000...
        assertArrayEquals(hex("02 C8 00 00 00 00 01 01 61"), Package0Encoder.trigger(notification));
    }

    @Test
    void client_initiated_user_interaction_sets_ui_bits_and_clears_initiator_bit() {
        Package0 notification = Package0Builder.forServer("a")
                .uiMode(UiMode.USER_INTERACTION)
                .initiator(Initiator.CLIENT)
                .sessionId(0xFFFF)
                .build();

        // 0000001100 11 0 000...
        assertArrayEquals(hex("03 30 00 00 00 FF FF 01 61"), Package0Encoder.trigger(notification));
    }

    @Test
    void informative_mode_with_maximum_version_fills_all_ten_version_bits() {
        Package0 notification = Package0Builder.forServer("a")
                .version(1023)
                .uiMode(UiMode.INFORMATIVE)
                .sessionId(2)
                .build();

        // 1111111111 10 1 000...
        assertArrayEquals(hex("FF E8 00 00 00 00 02 01 61"), Package0Encoder.trigger(notification));
    }

    @Test
    void vendor_specific_data_follows_the_server_identifier() {
        Package0 notification = Package0Builder.forServer("a")
                .sessionId(1)
                .vendorSpecific(new byte[] {(byte) 0xCA, (byte) 0xFE})
                .build();

        assertArrayEquals(hex("03 08 00 00 00 00 01 01 61 CA FE"), Package0Encoder.trigger(notification));
    }

    @Test
    void package_is_digest_from_md5_formula_followed_by_trigger() throws Exception {
        Package0 notification = Package0Builder.forServer("com.example.dm")
                .uiMode(UiMode.BACKGROUND)
                .sessionId(0x1234)
                .build();
        byte[] trigger = concat(hex("03 18 00 00 00 12 34 0E"), "com.example.dm".getBytes(StandardCharsets.US_ASCII));

        byte[] encoded = Package0Encoder.encode(notification, CREDENTIALS, NONCE);

        assertArrayEquals(
                DigestFormula.digest("com.example.dm", "s3cret", NONCE, trigger), Arrays.copyOfRange(encoded, 0, 16));
        assertArrayEquals(trigger, Arrays.copyOfRange(encoded, 16, encoded.length));
    }

    @Test
    void refuses_credentials_of_another_server() {
        Package0 notification = Package0Builder.forServer("other").sessionId(1).build();

        assertThrows(IllegalArgumentException.class, () -> Package0Encoder.encode(notification, CREDENTIALS, NONCE));
    }
}
