package io.sipush.ppg.content.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapContentTypeTest {

    private static final String MAC_HEX = "88D03A1102F9AD5199E93AD97AB5E3048ED90907";
    private static final BootstrapMacValue MAC = BootstrapMacValue.parse(MAC_HEX);

    @Test
    void renders_sec_by_name_and_mac_as_upper_case_hex() {
        assertEquals(
                "application/vnd.wap.connectivity-wbxml; SEC=USERPIN; MAC=" + MAC_HEX,
                BootstrapContentType.secured(SecurityMethod.USERPIN, MAC).render());
    }

    @Test
    void renders_sec_as_number_on_request() {
        assertEquals(
                "application/vnd.wap.connectivity-wbxml; SEC=0; MAC=" + MAC_HEX,
                BootstrapContentType.secured(SecurityMethod.NETWPIN, MAC)
                        .render(BootstrapContentType.SecNotation.NUMBER));
    }

    @Test
    void parses_sec_written_as_a_number() throws Exception {
        BootstrapContentType parsed =
                BootstrapContentType.parse("application/vnd.wap.connectivity-wbxml; SEC=2; MAC=" + MAC_HEX);

        assertEquals(Optional.of(SecurityMethod.USERNETWPIN), parsed.security());
        assertEquals(Optional.of(MAC), parsed.mac());
    }

    @Test
    void parses_sec_name_quoted_values_and_parameter_names_in_any_case() throws Exception {
        BootstrapContentType parsed = BootstrapContentType.parse(
                "Application/Vnd.Wap.Connectivity-WBXML;sec=\"userpin\" ;  mac=\"" + MAC_HEX + "\"; charset=utf-8");

        assertEquals(BootstrapContentType.secured(SecurityMethod.USERPIN, MAC), parsed);
    }

    @Test
    void parses_what_it_renders() throws Exception {
        BootstrapContentType original = BootstrapContentType.secured(SecurityMethod.USERPINMAC, MAC);

        assertEquals(original, BootstrapContentType.parse(original.render()));
    }

    @Test
    void bare_media_type_is_unsecured() throws Exception {
        BootstrapContentType parsed = BootstrapContentType.parse("application/vnd.wap.connectivity-wbxml");

        assertTrue(parsed.security().isEmpty());
        assertEquals("application/vnd.wap.connectivity-wbxml", parsed.render());
    }

    @Test
    void rejects_lower_case_mac() {
        assertThrows(
                MalformedContentTypeException.class,
                () -> BootstrapContentType.parse(
                        "application/vnd.wap.connectivity-wbxml; SEC=USERPIN; MAC=" + MAC_HEX.toLowerCase()));
    }

    @Test
    void rejects_other_media_types_unknown_sec_and_mac_without_sec() {
        assertThrows(
                MalformedContentTypeException.class,
                () -> BootstrapContentType.parse("application/vnd.wap.connectivity-xml; SEC=USERPIN; MAC=" + MAC_HEX));
        assertThrows(
                MalformedContentTypeException.class,
                () -> BootstrapContentType.parse("application/vnd.wap.connectivity-wbxml; SEC=7; MAC=" + MAC_HEX));
        assertThrows(
                MalformedContentTypeException.class,
                () -> BootstrapContentType.parse("application/vnd.wap.connectivity-wbxml; MAC=" + MAC_HEX));
        assertThrows(
                MalformedContentTypeException.class,
                () -> BootstrapContentType.parse(
                        "application/vnd.wap.connectivity-wbxml; SEC=1; SEC=1; MAC=" + MAC_HEX));
        assertThrows(
                MalformedContentTypeException.class,
                () -> BootstrapContentType.parse("application/vnd.wap.connectivity-wbxml; SEC"));
    }
}
