package io.sipush.ppg.content.cp;

import static io.sipush.ppg.content.cp.TestBytes.ascii;
import static io.sipush.ppg.content.cp.TestBytes.concat;
import static io.sipush.ppg.content.cp.TestBytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvisioningWbxmlTest {

    private static final String HEADER = "03 0B 6A 00";

    private static ProvisioningDocument single(Characteristic characteristic) {
        return ProvisioningDocument.of(null, characteristic);
    }

    @Test
    void application_w7_encodes_to_hand_worked_bytes() throws Exception {
        ProvisioningDocument document =
                single(Characteristic.builder("APPLICATION").parm("APPID", "w7").build());
        // doc(content) characteristic(attrs, content) SWITCH_PAGE 1 type=APPLICATION END
        //   parm(attrs) name=APPID value STR_I "w7" END END END
        byte[] expected = hex(HEADER + " 45 C6 00 01 55 01 87 36 06 03 77 37 00 01 01 01");

        assertArrayEquals(expected, ProvisioningWbxml.encode(document));
        assertEquals(document, ProvisioningWbxml.decode(expected));
    }

    @Test
    void napdef_bearer_uses_code_page_0_value_token() {
        ProvisioningDocument document = single(
                Characteristic.builder("NAPDEF").parm("BEARER", "GSM-GPRS").build());

        assertArrayEquals(hex(HEADER + " 45 C6 55 01 87 10 06 AB 01 01 01"), ProvisioningWbxml.encode(document));
    }

    @Test
    void version_1_0_has_its_own_start_token_and_other_versions_are_inline() {
        Characteristic bootstrap =
                Characteristic.builder("BOOTSTRAP").parm("NAME", "x").build();

        assertArrayEquals(
                hex(HEADER + " C5 46 01 C6 56 01 87 07 06 03 78 00 01 01 01"),
                ProvisioningDocument.of("1.0", bootstrap).toWbxml());
        assertArrayEquals(
                hex(HEADER + " C5 45 03 31 2E 31 00 01 C6 56 01 87 07 06 03 78 00 01 01 01"),
                ProvisioningDocument.of("1.1", bootstrap).toWbxml());
    }

    @Test
    void switches_back_to_code_page_0_after_an_application() {
        ProvisioningDocument document = ProvisioningDocument.of(
                null,
                Characteristic.builder("APPLICATION").parm("APPID", "w2").build(),
                Characteristic.builder("NAPDEF").parm("NAPID", "n").build());

        assertArrayEquals(
                hex(HEADER + " 45 C6 00 01 55 01 87 36 06 03 77 32 00 01 01"
                        + " C6 00 00 55 01 87 11 06 03 6E 00 01 01 01"),
                ProvisioningWbxml.encode(document));
    }

    @Test
    void appauth_level_appsrv_uses_code_page_1_value_token() {
        ProvisioningDocument document = single(
                Characteristic.builder("APPAUTH").parm("AAUTHLEVEL", "APPSRV").build());

        assertArrayEquals(hex(HEADER + " 45 C6 00 01 57 01 87 30 06 8D 01 01 01"), ProvisioningWbxml.encode(document));
    }

    @Test
    void parm_without_value_and_name_without_token_are_written_inline() throws Exception {
        ProvisioningDocument document = single(
                Characteristic.builder("APPLICATION").parmWithoutValue("INIT").build());
        byte[] expected = concat(hex(HEADER + " 45 C6 00 01 55 01 87 05 03"), ascii("INIT"), hex("00 01 01 01"));

        assertArrayEquals(expected, ProvisioningWbxml.encode(document));
        assertEquals(document, ProvisioningWbxml.decode(expected));
    }

    @Test
    void decoder_joins_aauthtype_fragments() throws Exception {
        // type=APPAUTH; parm name=AAUTHTYPE value "HTTP-" "DIGEST" (code page 1)
        ProvisioningDocument decoded =
                ProvisioningWbxml.decode(hex(HEADER + " 45 C6 00 01 57 01 87 33 06 91 93 01 01 01"));

        assertEquals(
                Optional.of("HTTP-DIGEST"), decoded.characteristics().get(0).parmValue("AAUTHTYPE"));
    }

    @Test
    void decoder_accepts_public_identifier_given_as_a_string() throws Exception {
        byte[] publicId = ascii("-//WAPFORUM//DTD PROV 1.0//EN");
        byte[] wbxml = concat(hex("03 00 00 6A 1E"), publicId, hex("00 45 C6 55 01 87 11 06 03 6E 00 01 01 01"));

        assertEquals(
                "NAPDEF",
                ProvisioningWbxml.decode(wbxml).characteristics().get(0).type());
    }

    @ParameterizedTest(name = "page {0} token {1} starts {2}={3}")
    @CsvSource({
        "0, 0x05, name, ''",
        "0, 0x06, value, ''",
        "0, 0x07, name, NAME",
        "0, 0x08, name, NAP-ADDRESS",
        "0, 0x10, name, BEARER",
        "0, 0x14, name, INTERNET",
        "0, 0x1F, name, PUSHENABLED",
        "0, 0x23, name, PORTNBR",
        "0, 0x2E, name, WSP-VERSION",
        "0, 0x3C, name, GUARANTEED-BITRATE-DNLINK",
        "0, 0x3D, name, PXADDR-FQDN",
        "0, 0x3F, name, PPGAUTH-TYPE",
        "0, 0x45, version, ''",
        "0, 0x46, version, 1.0",
        "0, 0x47, name, PULLENABLED",
        "0, 0x4C, name, T-BIT",
        "0, 0x4E, name, AUTH-ENTITY",
        "0, 0x4F, name, SPI",
        "0, 0x50, type, ''",
        "0, 0x51, type, PXLOGICAL",
        "0, 0x55, type, NAPDEF",
        "0, 0x56, type, BOOTSTRAP",
        "0, 0x5A, type, NAPAUTHINFO",
        "0, 0x5B, type, ACCESS",
        "1, 0x07, name, NAME",
        "1, 0x14, name, INTERNET",
        "1, 0x1C, name, STARTPAGE",
        "1, 0x22, name, TO-NAPID",
        "1, 0x24, name, SERVICE",
        "1, 0x2E, name, AACCEPT",
        "1, 0x2F, name, AAUTHDATA",
        "1, 0x30, name, AAUTHLEVEL",
        "1, 0x33, name, AAUTHTYPE",
        "1, 0x34, name, ADDR",
        "1, 0x36, name, APPID",
        "1, 0x38, name, PROVIDER-ID",
        "1, 0x3B, name, RULE",
        "1, 0x50, type, ''",
        "1, 0x53, type, PORT",
        "1, 0x55, type, APPLICATION",
        "1, 0x56, type, APPADDR",
        "1, 0x57, type, APPAUTH",
        "1, 0x58, type, CLIENTIDENTITY",
        "1, 0x59, type, RESOURCE",
    })
    void attribute_start_tokens_match_the_provcont_tables(int page, String token, String name, String prefix) {
        assertEquals(
                Optional.of(new WbxmlTokenTable.AttributeStart(name, prefix)),
                ProvisioningTokens.TABLE.attributeStart(page, Integer.decode(token)));
    }

    @ParameterizedTest(name = "page {0} value {1} is {2}")
    @CsvSource({
        "0, 0x85, IPV4",
        "0, 0x8C, MAN",
        "0, 0x90, ANALOG-MODEM",
        "0, 0x95, DIRECT-ASYNCHRONOUS-DATA-SERVICE",
        "0, 0x9A, PAP",
        "0, 0x9D, HTTP-DIGEST",
        "0, 0x9F, MD5",
        "0, 0xA2, GSM-USSD",
        "0, 0xAB, GSM-GPRS",
        "0, 0xB2, FLEX/REFLEX",
        "0, 0xB5, TETRA-SDS",
        "0, 0xB8, MOBITEX-MPAK",
        "0, 0xBA, CDMA2000-1X-MOBILE-IP",
        "0, 0xC5, AUTOBAUDING",
        "0, 0xCA, CL-WSP",
        "0, 0xD3, OTA-HTTP-TLS-PO",
        "0, 0xE0, AAA",
        "0, 0xE1, HA",
        "1, 0x86, IPV6",
        "1, 0x88, ALPHA",
        "1, 0x8D, APPSRV",
        "1, 0x8E, OBEX",
        "1, 0x90, ','",
        "1, 0x91, HTTP-",
        "1, 0x92, BASIC",
        "1, 0x93, DIGEST",
    })
    void attribute_value_tokens_match_the_provcont_tables(int page, String token, String value) {
        assertEquals(Optional.of(value), ProvisioningTokens.TABLE.attributeValue(page, Integer.decode(token)));
    }

    @Test
    void code_page_1_has_no_tag_for_the_root_and_no_ipv4_value() {
        assertEquals(Optional.empty(), ProvisioningTokens.TABLE.tagName(1, 0x05));
        assertEquals(Optional.empty(), ProvisioningTokens.TABLE.attributeValue(1, 0x85));
        assertEquals(Optional.of("parm"), ProvisioningTokens.TABLE.tagName(1, 0x07));
    }

    @Test
    void rejects_other_document_types() {
        byte[] publicIdOne = hex("03 01 6A 00 45 C6 55 01 87 11 06 03 6E 00 01 01 01");

        assertThrows(MalformedWbxmlException.class, () -> ProvisioningWbxml.decode(publicIdOne));
    }

    @Test
    void rejects_structures_the_dtd_does_not_allow() {
        // text in the root
        assertThrows(MalformedWbxmlException.class, () -> ProvisioningWbxml.decode(hex(HEADER + " 45 03 78 00 01")));
        // parm directly under the root
        assertThrows(MalformedWbxmlException.class, () -> ProvisioningWbxml.decode(hex(HEADER + " 45 87 07 01 01")));
        // characteristic without type
        assertThrows(
                MalformedWbxmlException.class, () -> ProvisioningWbxml.decode(hex(HEADER + " 45 46 87 07 01 01 01")));
        // characteristic with nothing inside
        assertThrows(MalformedWbxmlException.class, () -> ProvisioningWbxml.decode(hex(HEADER + " 45 86 55 01 01")));
        // parm without name
        assertThrows(
                MalformedWbxmlException.class,
                () -> ProvisioningWbxml.decode(hex(HEADER + " 45 C6 55 01 87 06 03 78 00 01 01 01")));
        // root with a type attribute
        assertThrows(
                MalformedWbxmlException.class,
                () -> ProvisioningWbxml.decode(hex(HEADER + " C5 55 01 C6 55 01 87 07 01 01 01")));
        // empty document
        assertThrows(MalformedWbxmlException.class, () -> ProvisioningWbxml.decode(hex(HEADER + " 05")));
    }
}
