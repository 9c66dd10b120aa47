package io.sipush.ppg.content.dm;

import static io.sipush.ppg.content.dm.DigestFormula.concat;
import static io.sipush.ppg.content.dm.DigestFormula.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Package0VerifierTest {

    private static final String SERVER_ID = "com.example.dm";
    private static final String PASSWORD = "s3cret";
    private static final byte[] SERVER_NONCE = {0x11, 0x22, 0x33};
    private static final byte[] TRIGGER =
            concat(hex("03 18 00 00 00 00 2A 0E"), SERVER_ID.getBytes(StandardCharsets.US_ASCII));

    private final Package0Verifier verifier = new Package0Verifier(new DmServerCredentials(SERVER_ID, PASSWORD));

    private static byte[] packageSignedWith(String password, byte[] nonce) throws Exception {
        return concat(DigestFormula.digest(SERVER_ID, password, nonce, TRIGGER), TRIGGER);
    }

    @Test
    void accepts_digest_made_with_the_server_nonce_and_says_so() throws Exception {
        Package0Verification verification = verifier.verify(packageSignedWith(PASSWORD, SERVER_NONCE), SERVER_NONCE);

        assertEquals(NonceReading.SERVER_NONCE, verification.matchedNonce());
        assertFalse(verification.matchedNonce().isResync());
        assertEquals(42, verification.received().notification().sessionId());
    }

    @Test
    void falls_back_to_resync_nonce_read_as_four_zero_bytes() throws Exception {
        byte[] signed = packageSignedWith(PASSWORD, new byte[] {0, 0, 0, 0});

        Package0Verification verification = verifier.verify(signed, SERVER_NONCE);

        assertEquals(NonceReading.RESYNC_ZERO_BYTES, verification.matchedNonce());
        assertTrue(verification.matchedNonce().isResync());
    }

    @Test
    void falls_back_to_resync_nonce_read_as_ascii_string() throws Exception {
        byte[] signed = packageSignedWith(PASSWORD, "0x00000000".getBytes(StandardCharsets.US_ASCII));

        Package0Verification verification = verifier.verify(signed, SERVER_NONCE);

        assertEquals(NonceReading.RESYNC_ASCII_STRING, verification.matchedNonce());
    }

    @Test
    void rejects_digest_made_with_another_password() throws Exception {
        byte[] signed = packageSignedWith("wrong", SERVER_NONCE);

        assertThrows(DigestMismatchException.class, () -> verifier.verify(signed, SERVER_NONCE));
    }

    @Test
    void rejects_package_whose_trigger_was_altered_after_signing() throws Exception {
        byte[] signed = packageSignedWith(PASSWORD, SERVER_NONCE);
        signed[16 + 6] ^= 1;

        assertThrows(DigestMismatchException.class, () -> verifier.verify(signed, SERVER_NONCE));
    }

    @Test
    void rejects_package_naming_another_server() throws Exception {
        Package0Verifier otherServer = new Package0Verifier(new DmServerCredentials("other.example", PASSWORD));

        assertThrows(
                DigestMismatchException.class,
                () -> otherServer.verify(packageSignedWith(PASSWORD, SERVER_NONCE), SERVER_NONCE));
    }

    @Test
    void reports_malformed_bytes_before_checking_the_digest() {
        assertThrows(MalformedPackage0Exception.class, () -> verifier.verify(new byte[10], SERVER_NONCE));
    }

    @Test
    void verifies_what_the_encoder_produced() throws Exception {
        Package0 notification =
                Package0Builder.forServer(SERVER_ID).sessionId(5).build();
        byte[] encoded =
                Package0Encoder.encode(notification, new DmServerCredentials(SERVER_ID, PASSWORD), SERVER_NONCE);

        assertEquals(
                notification, verifier.verify(encoded, SERVER_NONCE).received().notification());
    }
}
