package io.sipush.ppg.pap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PushAddressTest {

    private static final String HOME = "ims.example.org";

    @Test
    void user_address_unescapes_to_its_sip_uri() throws PapException {
        PushAddress address = PushAddress.parse("WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER@ppg.example.org");
        assertEquals(AddressType.USER, address.type());
        assertEquals("sip%3Aalice%40ims.example.org", address.clientSpecifier());
        assertEquals(Optional.of("ppg.example.org"), address.ppgSpecifier());
        assertEquals("sip:alice@ims.example.org", address.toSipUri(HOME));
    }

    @Test
    void plmn_address_becomes_sip_uri_with_user_phone() throws PapException {
        PushAddress address = PushAddress.parse("WAPPUSH=+1-555-123.4567/TYPE=PLMN@ppg");
        assertEquals(AddressType.PLMN, address.type());
        assertEquals("sip:+15551234567@ims.example.org;user=phone", address.toSipUri(HOME));
    }

    @Test
    void tel_uri_in_user_address_becomes_sip_uri_with_user_phone() throws PapException {
        PushAddress address = PushAddress.parse("WAPPUSH=tel%3A%2B1-555-123-4567/TYPE=USER");
        assertEquals("sip:+15551234567@ims.example.org;user=phone", address.toSipUri(HOME));
    }

    @Test
    void sips_uri_with_parameters_is_kept() throws PapException {
        PushAddress address = PushAddress.parse("WAPPUSH=sips%3Abob%40ims.example.org%3Btransport%3Dtcp/TYPE=USER");
        assertEquals("sips:bob@ims.example.org;transport=tcp", address.toSipUri(HOME));
    }

    @Test
    void keywords_and_type_are_matched_without_regard_to_case() throws PapException {
        PushAddress address = PushAddress.parse("wappush=+15551234567/type=plmn");
        assertEquals(AddressType.PLMN, address.type());
        assertEquals(Optional.empty(), address.ppgSpecifier());
        assertEquals("wappush=+15551234567/type=plmn", address.papValue());
    }

    @Test
    void unescaped_sip_uri_is_tolerated_in_user_address() throws PapException {
        PushAddress address = PushAddress.parse("WAPPUSH=sip:alice@ims.example.org/TYPE=USER@ppg.example.org");
        assertEquals("sip:alice@ims.example.org", address.toSipUri(HOME));
        assertEquals(Optional.of("ppg.example.org"), address.ppgSpecifier());
    }

    @Test
    void equality_follows_the_pap_value() throws PapException {
        PushAddress a = PushAddress.parse("WAPPUSH=+15551234567/TYPE=PLMN");
        PushAddress b = PushAddress.parse("WAPPUSH=+15551234567/TYPE=PLMN");
        PushAddress c = PushAddress.parse("WAPPUSH=+1-555-1234567/TYPE=PLMN");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertEquals(a.toSipUri(HOME), c.toSipUri(HOME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IPv4", "IPv6", "EMAIL", "WINA"})
    void unsupported_types_are_address_errors_naming_the_type(String type) {
        PapException e =
                assertThrows(PapException.class, () -> PushAddress.parse("WAPPUSH=somewhere/TYPE=" + type + "@ppg"));
        assertEquals(StatusCode.ADDRESS_ERROR, e.code());
        assertTrue(e.getMessage().contains(type), e.getMessage());
        assertTrue(e.getMessage().contains("only USER and PLMN"), e.getMessage());
        assertTrue(e.getMessage().contains("OTA-SIP"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "+15551234567/TYPE=PLMN",
                "WAPPUSH=+15551234567",
                "WAPPUSH=15551234567/TYPE=PLMN",
                "WAPPUSH=+12/TYPE=PLMN",
                "WAPPUSH=+1234567890123456/TYPE=PLMN",
                "WAPPUSH=+1--555/TYPE=PLMN",
                "WAPPUSH=+1555-/TYPE=PLMN",
                "WAPPUSH=+15551234567/TYPE=PLMN@",
                "WAPPUSH=+15551234567/TYPE=",
                "WAPPUSH=/TYPE=USER",
                "WAPPUSH=alice%40ims.example.org/TYPE=USER",
                "WAPPUSH=sip%3Aims.example.org/TYPE=USER",
                "WAPPUSH=sip%3Aalice%40/TYPE=USER",
                "WAPPUSH=sip%3Aal ice%40ims.example.org/TYPE=USER",
                "WAPPUSH=sip%3Aalice%4/TYPE=USER",
                "WAPPUSH=sip%3Aalice%ZZims/TYPE=USER",
                "WAPPUSH=sip%3Aalice%40ims%FF/TYPE=USER",
                "WAPPUSH=tel%3A5551234/TYPE=USER",
                "WAPPUSH=http%3A%2F%2Fexample.org/TYPE=USER"
            })
    void malformed_addresses_are_address_errors(String value) {
        PapException e = assertThrows(PapException.class, () -> PushAddress.parse(value));
        assertEquals(StatusCode.ADDRESS_ERROR, e.code());
        assertEquals(value.trim(), e.fragment());
    }

    @Test
    void null_address_is_an_address_error() {
        PapException e = assertThrows(PapException.class, () -> PushAddress.parse(null));
        assertEquals(StatusCode.ADDRESS_ERROR, e.code());
    }
}
