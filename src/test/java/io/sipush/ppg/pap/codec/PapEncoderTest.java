package io.sipush.ppg.pap.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PapEncoderTest {

    private final PapEncoder encoder = new PapEncoder();

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    @Test
    void reply_carries_the_doctype_of_its_version() {
        for (PapVersion version : PapVersion.values()) {
            String xml = text(encoder.encode(
                    new PushResponse(version, "p1", null, null, null, StatusCode.ACCEPTED_FOR_PROCESSING, null)));
            assertTrue(
                    xml.startsWith("<?xml version=\"1.0\"?>\n<!DOCTYPE pap PUBLIC \"" + version.publicId() + "\" \""
                            + version.systemId() + "\">\n<pap>"),
                    xml);
        }
    }

    @Test
    void push_response_has_a_response_result_and_pap_timestamp() {
        String xml = text(encoder.encode(new PushResponse(
                PapVersion.V2_0,
                "p1",
                "ppg.example.org",
                null,
                Instant.parse("2030-05-06T07:08:09.123Z"),
                StatusCode.ACCEPTED_FOR_PROCESSING,
                "Accepted for processing")));
        assertTrue(xml.contains("reply-time=\"2030-05-06T07:08:09Z\""), xml);
        assertTrue(xml.contains("<response-result code=\"1001\" desc=\"Accepted for processing\"/>"), xml);
        assertFalse(xml.contains("sender-name"), xml);
    }

    @Test
    void attribute_values_are_escaped() {
        String xml = text(encoder.encode(
                new BadMessageResponse(PapVersion.V2_1, StatusCode.BAD_REQUEST, "a\"b<c>&d\ne", "\u0000\uD800x")));
        assertTrue(xml.contains("desc=\"a&quot;b&lt;c&gt;&amp;d&#10;e\""), xml);
        assertTrue(xml.contains("bad-message-fragment=\"\uFFFD\uFFFDx\""), xml);
    }

    @Test
    void defaults_are_left_out_of_a_push_message() throws PapException {
        String xml = text(encoder.encode(PushMessage.builder(PapVersion.V2_1, "p1")
                .address(PushAddress.parse("WAPPUSH=+15551234567/TYPE=PLMN"))
                .build()));
        assertFalse(xml.contains("quality-of-service"), xml);
        assertFalse(xml.contains("replace-method"), xml);
        assertFalse(xml.contains("progress-notes-requested"), xml);
        assertTrue(xml.contains("address-value=\"WAPPUSH=+15551234567/TYPE=PLMN\""), xml);
    }

    @Test
    void bad_message_response_reports_a_decoding_failure() {
        PapException failure = new PapException(StatusCode.VERSION_NOT_SUPPORTED, "PAP 3.0", "<!DOCTYPE pap>");
        BadMessageResponse response = BadMessageResponse.of(PapVersion.V2_0, failure);
        assertEquals(StatusCode.VERSION_NOT_SUPPORTED, response.code());
        assertEquals("<!DOCTYPE pap>", response.badMessageFragment());
        assertTrue(text(encoder.encode(response)).contains("code=\"3002\""));
    }
}
