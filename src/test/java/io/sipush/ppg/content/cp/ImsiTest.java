package io.sipush.ppg.content.cp;

import static io.sipush.ppg.content.cp.TestBytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ImsiTest {

    @Test
    void netwpin_key_packs_imsi_as_semi_octets() {
        // 15 digits (odd): "9" + IMSI = 93 10 26 08 01 67 45 39, nibbles swapped.
        assertArrayEquals(hex("39 01 62 80 10 76 54 93"), new Imsi("310260801674539").keyBytes());
    }

    @Test
    void even_digit_count_gets_prefix_1_and_trailing_f() {
        // "1" + 31026080167453 + "F" = 13 10 26 08 01 67 45 3F, nibbles swapped.
        assertArrayEquals(hex("31 01 62 80 10 76 54 F3"), new Imsi("31026080167453").keyBytes());
    }

    @Test
    void rejects_anything_but_6_to_15_decimal_digits() {
        assertThrows(IllegalArgumentException.class, () -> new Imsi("31026080167453A"));
        assertThrows(IllegalArgumentException.class, () -> new Imsi("3102608016745391"));
        assertThrows(IllegalArgumentException.class, () -> new Imsi("12345"));
    }
}
