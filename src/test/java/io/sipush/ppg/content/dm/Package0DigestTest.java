package io.sipush.ppg.content.dm;

import static io.sipush.ppg.content.dm.DigestFormula.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class Package0DigestTest {

    private static final DmServerCredentials CREDENTIALS = new DmServerCredentials("com.example.dm", "s3cret");
    private static final byte[] NONCE = {1, 2, 3, 4, (byte) 0xFE};
    private static final byte[] TRIGGER = hex("03 18 00 00 00 12 34 0E 63 6F 6D 2E 65 78 61 6D 70 6C 65 2E 64 6D");

    @Test
    void digest_matches_vector_computed_from_md5_formula() throws Exception {
        assertArrayEquals(
                DigestFormula.digest("com.example.dm", "s3cret", NONCE, TRIGGER),
                Package0Digest.compute(CREDENTIALS, NONCE, TRIGGER));
    }

    @Test
    void digest_matches_vector_worked_out_outside_java() {
        // md5(b64(md5("com.example.dm:s3cret")) ":" 01020304FE ":" b64(md5(trigger)))
        assertArrayEquals(
                hex("41 ff 62 9c e0 c8 47 07 2a 5e 2e 34 74 88 03 b8"),
                Package0Digest.compute(CREDENTIALS, NONCE, TRIGGER));
    }

    @Test
    void nonce_is_used_as_raw_bytes_not_as_its_base64_text() throws Exception {
        byte[] base64Text = Base64.getEncoder().encodeToString(NONCE).getBytes(StandardCharsets.US_ASCII);

        assertFalse(Arrays.equals(
                DigestFormula.digest("com.example.dm", "s3cret", base64Text, TRIGGER),
                Package0Digest.compute(CREDENTIALS, NONCE, TRIGGER)));
    }

    @Test
    void digest_changes_when_any_trigger_byte_changes() {
        byte[] tampered = TRIGGER.clone();
        tampered[tampered.length - 1] ^= 1;

        assertFalse(Arrays.equals(
                Package0Digest.compute(CREDENTIALS, NONCE, TRIGGER),
                Package0Digest.compute(CREDENTIALS, NONCE, tampered)));
    }
}
