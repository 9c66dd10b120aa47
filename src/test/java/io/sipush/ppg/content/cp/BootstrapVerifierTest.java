package io.sipush.ppg.content.cp;

import static io.sipush.ppg.content.cp.TestBytes.ascii;
import static io.sipush.ppg.content.cp.TestBytes.concat;
import static io.sipush.ppg.content.cp.TestBytes.hex;
import static io.sipush.ppg.content.cp.TestBytes.hmacSha1;
import static io.sipush.ppg.content.cp.TestBytes.upperHex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BootstrapVerifierTest {

    private static final byte[] BODY = DmAccountBootstrap.forServer("com.example.dm")
            .address("https://dm.example.com/dm")
            .buildWbxml();
    private static final byte[] IMSI_KEY = hex("39 01 62 80 10 76 54 93");
    private static final Imsi IMSI = new Imsi("310260801674539");
    private static final String TYPE = "application/vnd.wap.connectivity-wbxml";

    private static String contentType(String sec, byte[] key) throws Exception {
        return TYPE + "; SEC=" + sec + "; MAC=" + upperHex(hmacSha1(key, BODY));
    }

    @Test
    void accepts_netwpin_mac_keyed_with_imsi_semi_octets() throws Exception {
        BootstrapVerifier verifier = new BootstrapVerifier(BootstrapSecrets.ofImsi(IMSI));

        assertEquals(SecurityMethod.NETWPIN, verifier.verify(BODY, contentType("NETWPIN", IMSI_KEY)));
        assertEquals(SecurityMethod.NETWPIN, verifier.verify(BODY, contentType("0", IMSI_KEY)));
    }

    @Test
    void rejects_netwpin_mac_keyed_with_the_hex_string() {
        BootstrapVerifier verifier = new BootstrapVerifier(BootstrapSecrets.ofImsi(IMSI));

        assertThrows(
                MacMismatchException.class,
                () -> verifier.verify(BODY, contentType("NETWPIN", ascii("3901628010765493"))));
    }

    @Test
    void accepts_userpin_and_usernetwpin_macs() throws Exception {
        BootstrapVerifier verifier = new BootstrapVerifier(BootstrapSecrets.of(IMSI, new UserPin("1234")));

        assertEquals(SecurityMethod.USERPIN, verifier.verify(BODY, contentType("USERPIN", ascii("1234"))));
        assertEquals(
                SecurityMethod.USERNETWPIN,
                verifier.verify(BODY, contentType("USERNETWPIN", concat(IMSI_KEY, ascii("1234")))));
    }

    @Test
    void rejects_mac_made_with_another_pin() {
        BootstrapVerifier verifier = new BootstrapVerifier(BootstrapSecrets.ofPin(new UserPin("1234")));

        assertThrows(MacMismatchException.class, () -> verifier.verify(BODY, contentType("USERPIN", ascii("4321"))));
    }

    @Test
    void rejects_body_changed_after_the_mac_was_computed() throws Exception {
        BootstrapVerifier verifier = new BootstrapVerifier(BootstrapSecrets.ofPin(new UserPin("1234")));
        String contentType = contentType("USERPIN", ascii("1234"));
        byte[] changed = BODY.clone();
        changed[changed.length - 5] ^= 1;

        assertThrows(MacMismatchException.class, () -> verifier.verify(changed, contentType));
    }

    @Test
    void userpinmac_accepts_pin_whose_second_half_matches_the_hmac() throws Exception {
        byte[] hmac = hmacSha1(ascii("2468"), BODY);
        String pin =
                "2468" + (hmac[0] & 0xFF) % 10 + (hmac[1] & 0xFF) % 10 + (hmac[2] & 0xFF) % 10 + (hmac[3] & 0xFF) % 10;
        BootstrapVerifier verifier = new BootstrapVerifier(BootstrapSecrets.ofPin(new UserPin(pin)));

        assertEquals(SecurityMethod.USERPINMAC, verifier.verify(BODY, TYPE + "; SEC=3"));
        assertEquals(SecurityMethod.USERPINMAC, verifier.verify(BODY, contentType("USERPINMAC", ascii("2468"))));
    }

    @Test
    void userpinmac_rejects_pin_with_wrong_check_digits() throws Exception {
        String good = BootstrapMac.userPinMac("2468", BODY);
        char last = good.charAt(good.length() - 1);
        String bad = good.substring(0, good.length() - 1) + (last == '0' ? '1' : '0');
        BootstrapVerifier verifier = new BootstrapVerifier(BootstrapSecrets.ofPin(new UserPin(bad)));

        assertThrows(MacMismatchException.class, () -> verifier.verify(BODY, TYPE + "; SEC=USERPINMAC"));
    }

    @Test
    void missing_secret_absent_sec_and_absent_mac_are_reported_by_name() {
        BootstrapVerifier pinOnly = new BootstrapVerifier(BootstrapSecrets.ofPin(new UserPin("1234")));

        assertThrows(
                MissingBootstrapSecretException.class, () -> pinOnly.verify(BODY, contentType("NETWPIN", IMSI_KEY)));
        assertThrows(UnsecuredBootstrapException.class, () -> pinOnly.verify(BODY, TYPE));
        assertThrows(MalformedContentTypeException.class, () -> pinOnly.verify(BODY, TYPE + "; SEC=USERPIN"));
    }
}
