package io.sipush.ppg.pap.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.StatusCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A PI cannot put a header into the SIP MESSAGE through the content part's headers. */
class SipHeaderSafetyTest {
    private static final String HEADER = "multipart/related; boundary=\"b0und\"; type=\"application/xml\"";
    private static final String CONTROL = "<?xml version=\"1.0\"?><pap><push-message push-id=\"p1\">"
            + "<address address-value=\"WAPPUSH=+15551234567/TYPE=PLMN\"/></push-message></pap>";

    private static PushSubmissionEntity read(String contentHeaders) throws PapException {
        String body = "--b0und\r\nContent-Type: application/xml\r\n\r\n" + CONTROL + "\r\n--b0und\r\n" + contentHeaders
                + "\r\n" + "x\r\n--b0und--\r\n";
        return new MultipartRelatedReader()
                .read(
                        HEADER,
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)),
                        PapLimits.defaults());
    }

    private static PapException refusal(String contentHeaders) {
        return catchThrowableOfType(() -> read(contentHeaders), PapException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "syncml.dm\";evil=\"x",
                "syncml.dm\"\rX-Forged: 1",
                "syncml.dm\rX-Forged: 1",
                "syncml.dm,wml.ua",
                "syncml dm",
                "syncml.dm\\",
                "x-wap-application:sync\u0000ml.dm"
            })
    void an_application_id_that_could_leave_accept_contact_is_refused_with_2000(String appId) {
        PapException e = refusal("Content-Type: text/plain\r\nX-Wap-Application-Id: " + appId + "\r\n");

        assertThat(e).as(appId).isNotNull();
        assertThat(e.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(e.getMessage()).contains("X-Wap-Application-Id");
        assertThat(e.fragment()).doesNotContain("\r").startsWith("X-Wap-Application-Id: ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x-wap-application:syncml.dm",
                "syncml.dm",
                "\"x-oma-application:ulp.ua\"",
                "0x07",
                "x-wap-application:*",
                "com.example.push_app-2"
            })
    void registered_and_plain_application_ids_are_accepted(String appId) throws PapException {
        PushApplicationId id = read("Content-Type: text/plain\r\nX-Wap-Application-Id: " + appId + "\r\n")
                .content()
                .applicationId();

        assertThat(id).isEqualTo(PushApplicationId.parse(appId));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/vnd.x; p=\"a\rX-Forged: 1\"",
                "application/vnd.x; p=\"a\u0000b\"",
                "application/vnd.x; p=\"caf\u00e9\"",
                "application/vnd.x; p=\"a\u007fb\""
            })
    void a_content_type_with_a_control_or_non_ascii_character_is_refused_with_2000(String type) {
        PapException e = refusal("Content-Type: " + type + "\r\n");

        assertThat(e).as(type).isNotNull();
        assertThat(e.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(e.getMessage()).contains("Content-Type");
        assertThat(e.fragment()).doesNotContain("\r").doesNotContain("\u0000");
    }

    @Test
    void a_content_type_with_an_escaped_quote_in_a_quoted_parameter_is_kept_as_sent() throws PapException {
        String type = "application/vnd.x; name=\"a \\\"quoted\\\" word\"; charset=utf-8";

        assertThat(read("Content-Type: " + type + "\r\n").content().contentType())
                .isEqualTo(type);
    }

    @Test
    void an_unbalanced_quote_in_a_content_type_parameter_is_refused_with_2000() {
        PapException e = refusal("Content-Type: application/vnd.x; p=\"a\r\n");

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(StatusCode.BAD_REQUEST);
    }
}
