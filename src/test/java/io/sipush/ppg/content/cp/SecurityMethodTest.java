package io.sipush.ppg.content.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SecurityMethodTest {

    @Test
    void numbers_are_0_to_3_in_spec_order() {
        assertEquals(0, SecurityMethod.NETWPIN.code());
        assertEquals(1, SecurityMethod.USERPIN.code());
        assertEquals(2, SecurityMethod.USERNETWPIN.code());
        assertEquals(3, SecurityMethod.USERPINMAC.code());
    }

    @Test
    void parses_number_or_name_in_any_case() throws Exception {
        assertEquals(SecurityMethod.NETWPIN, SecurityMethod.parse("0"));
        assertEquals(SecurityMethod.USERPINMAC, SecurityMethod.parse("3"));
        assertEquals(SecurityMethod.USERPIN, SecurityMethod.parse("USERPIN"));
        assertEquals(SecurityMethod.USERNETWPIN, SecurityMethod.parse(" usernetwpin "));
        assertEquals(SecurityMethod.USERPIN, SecurityMethod.fromCode(1));
    }

    @Test
    void rejects_unknown_number_or_name() {
        assertThrows(UnknownSecurityMethodException.class, () -> SecurityMethod.parse("4"));
        assertThrows(UnknownSecurityMethodException.class, () -> SecurityMethod.parse("PIN"));
        assertThrows(UnknownSecurityMethodException.class, () -> SecurityMethod.parse(""));
    }
}
