package io.sipush.ppg.content.cp;

import static io.sipush.ppg.content.cp.TestBytes.ascii;
import static io.sipush.ppg.content.cp.TestBytes.concat;
import static io.sipush.ppg.content.cp.TestBytes.hex;
import static io.sipush.ppg.content.cp.TestBytes.hmacSha1;
import static io.sipush.ppg.content.cp.TestBytes.upperHex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapMacTest {

    private static final byte[] BODY = hex("03 0B 6A 00 45 C6 00 01 55 01 87 36 06 03 77 37 00 01 01 01");
    private static final byte[] IMSI_KEY = hex("39 01 62 80 10 76 54 93");
    private static final Imsi IMSI = new Imsi("310260801674539");
    private static final UserPin PIN = new UserPin("1234");

    @Test
    void netwpin_mac_is_hmac_sha1_keyed_with_the_semi_octet_bytes() throws Exception {
        BootstrapMacValue mac = BootstrapMac.compute(SecurityMethod.NETWPIN, BootstrapSecrets.ofImsi(IMSI), BODY);

        assertEquals(upperHex(hmacSha1(IMSI_KEY, BODY)), mac.hex());
        assertEquals("C975BE145AE54CFFF58295D2D22647713E2D33A8", mac.hex());
    }

    @Test
    void netwpin_key_is_not_the_hex_string_of_the_semi_octets() throws Exception {
        byte[] key = BootstrapMac.key(SecurityMethod.NETWPIN, BootstrapSecrets.ofImsi(IMSI));
        BootstrapMacValue mac = BootstrapMac.compute(SecurityMethod.NETWPIN, BootstrapSecrets.ofImsi(IMSI), BODY);

        assertEquals(8, key.length);
        assertNotEquals(upperHex(hmacSha1(ascii("3901628010765493"), BODY)), mac.hex());
        assertNotEquals("1C611BC4836A62FC0D0B30A9A49E6E419DF1E777", mac.hex());
    }

    @Test
    void userpin_mac_is_keyed_with_the_ascii_pin() throws Exception {
        BootstrapMacValue mac = BootstrapMac.compute(SecurityMethod.USERPIN, BootstrapSecrets.ofPin(PIN), BODY);

        assertEquals(upperHex(hmacSha1(ascii("1234"), BODY)), mac.hex());
        assertEquals("16B9994288AC08C0907D8638BD0307CBDA6765AD", mac.hex());
    }

    @Test
    void usernetwpin_key_is_imsi_bytes_followed_by_ascii_pin() throws Exception {
        BootstrapSecrets secrets = BootstrapSecrets.of(IMSI, PIN);

        assertArrayEquals(concat(IMSI_KEY, ascii("1234")), BootstrapMac.key(SecurityMethod.USERNETWPIN, secrets));
        assertEquals(
                "7EC11A56BED60D44FD090624CD583511E02A090D",
                BootstrapMac.compute(SecurityMethod.USERNETWPIN, secrets, BODY).hex());
    }

    @Test
    void userpinmac_second_half_is_hmac_bytes_mod_10() throws Exception {
        byte[] hmac = hmacSha1(ascii("1234"), BODY);
        String expected =
                "1234" + (hmac[0] & 0xFF) % 10 + (hmac[1] & 0xFF) % 10 + (hmac[2] & 0xFF) % 10 + (hmac[3] & 0xFF) % 10;

        assertEquals(expected, BootstrapMac.userPinMac("1234", BODY));
        // HMAC starts 16 B9 99 42: 22, 185, 153, 66.
        assertEquals("12342536", BootstrapMac.userPinMac("1234", BODY));
    }

    @Test
    void userpinmac_key_is_the_first_half_of_the_pin() throws Exception {
        BootstrapSecrets secrets = BootstrapSecrets.ofPin(new UserPin("12342536"));

        assertArrayEquals(ascii("1234"), BootstrapMac.key(SecurityMethod.USERPINMAC, secrets));
    }

    @Test
    void mac_is_rendered_as_40_upper_case_hex_characters() throws Exception {
        String hex = BootstrapMac.compute(SecurityMethod.USERPIN, BootstrapSecrets.ofPin(PIN), BODY)
                .hex();

        assertTrue(hex.matches("[0-9A-F]{40}"), hex);
    }

    @Test
    void methods_needing_an_absent_secret_fail_as_missing_secret() {
        assertThrows(
                MissingBootstrapSecretException.class,
                () -> BootstrapMac.compute(SecurityMethod.NETWPIN, BootstrapSecrets.ofPin(PIN), BODY));
        assertThrows(
                MissingBootstrapSecretException.class,
                () -> BootstrapMac.compute(SecurityMethod.USERPIN, BootstrapSecrets.ofImsi(IMSI), BODY));
        assertThrows(
                MissingBootstrapSecretException.class,
                () -> BootstrapMac.compute(SecurityMethod.USERNETWPIN, BootstrapSecrets.ofImsi(IMSI), BODY));
    }

    @Test
    void userpinmac_needs_an_even_number_of_digits() {
        assertThrows(
                MissingBootstrapSecretException.class,
                () -> BootstrapMac.compute(
                        SecurityMethod.USERPINMAC, BootstrapSecrets.ofPin(new UserPin("123")), BODY));
        assertThrows(
                MissingBootstrapSecretException.class,
                () -> BootstrapMac.compute(
                        SecurityMethod.USERPINMAC, BootstrapSecrets.ofPin(new UserPin("12ab")), BODY));
        assertThrows(IllegalArgumentException.class, () -> BootstrapMac.userPinMac("", BODY));
    }

    @Test
    void mac_value_accepts_only_40_upper_case_hex() {
        assertThrows(
                IllegalArgumentException.class,
                () -> BootstrapMacValue.parse("88d03a1102f9ad5199e93ad97ab5e3048ed90907"));
        assertThrows(IllegalArgumentException.class, () -> BootstrapMacValue.parse("88D0"));
        assertArrayEquals(
                hex("C975BE145AE54CFFF58295D2D22647713E2D33A8"),
                BootstrapMacValue.parse("C975BE145AE54CFFF58295D2D22647713E2D33A8")
                        .bytes());
    }
}
