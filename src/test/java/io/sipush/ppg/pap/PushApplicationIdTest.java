package io.sipush.ppg.pap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PushApplicationIdTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x-wap-application:syncml.dm",
                "syncml.dm",
                "0x07",
                "7",
                " 0X7 ",
                "X-WAP-Application:SyncML.DM",
                "\"syncml.dm\""
            })
    void every_form_of_syncml_dm_is_understood(String header) {
        PushApplicationId id = PushApplicationId.parse(header);
        assertEquals("x-wap-application:syncml.dm", id.urn());
        assertEquals("syncml.dm", id.shortName());
        assertEquals(OptionalInt.of(7), id.code());
        assertEquals(PushApplicationId.SYNCML_DM, id);
    }

    @Test
    void missing_id_means_wml_ua() {
        assertEquals(PushApplicationId.WML_UA, PushApplicationId.parse(null));
        assertEquals(PushApplicationId.WML_UA, PushApplicationId.parse("  "));
        assertEquals("wml.ua", PushApplicationId.parse("").shortName());
        assertEquals(OptionalInt.of(2), PushApplicationId.parse(null).code());
    }

    @Test
    void registered_table_covers_0x00_to_0x0a_and_0x10() {
        assertEquals("x-wap-application:*", PushApplicationId.parse("0x00").urn());
        assertEquals("push.sia", PushApplicationId.parse("0x01").shortName());
        assertEquals("mms.ua", PushApplicationId.parse("4").shortName());
        assertEquals("x-wap-application:wv.ua", PushApplicationId.parse("0x0A").urn());
        assertEquals("x-oma-application:ulp.ua", PushApplicationId.parse("0x10").urn());
        assertEquals("ulp.ua", PushApplicationId.parse("16").shortName());
        assertEquals(OptionalInt.of(0x10), PushApplicationId.parse("ulp.ua").code());
    }

    @Test
    void unknown_textual_id_is_kept_as_given() {
        PushApplicationId id = PushApplicationId.parse("x-oma-application:acme.push");
        assertEquals("x-oma-application:acme.push", id.urn());
        assertEquals("acme.push", id.shortName());
        assertEquals(OptionalInt.empty(), id.code());
    }

    @Test
    void unknown_numeric_id_keeps_its_number() {
        PushApplicationId id = PushApplicationId.parse("0x9C");
        assertEquals(OptionalInt.of(0x9C), id.code());
        assertEquals("0x9C", id.urn());
    }
}
