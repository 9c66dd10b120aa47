package io.sipush.ppg.pap.mime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.StatusCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartRelatedReaderTest {

    private static final String HEADER = "multipart/related; boundary=\"asdlfkjiurwghasf\"; type=\"application/xml\"";
    private static final String CONTROL = "<?xml version=\"1.0\"?><pap>"
            + "<push-message push-id=\"p1\">"
            + "<address address-value=\"WAPPUSH=+15551234567/TYPE=PLMN\"/></push-message></pap>";

    private final MultipartRelatedReader reader = new MultipartRelatedReader();

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String push(String contentHeaders, String content) {
        return "--asdlfkjiurwghasf\r\n"
                + "Content-Type: application/xml\r\n\r\n"
                + CONTROL + "\r\n"
                + "--asdlfkjiurwghasf\r\n"
                + contentHeaders + "\r\n"
                + content + "\r\n"
                + "--asdlfkjiurwghasf--\r\n";
    }

    private PushSubmissionEntity read(String header, String body) throws PapException {
        return reader.read(header, body(body), PapLimits.defaults());
    }

    private PapException failure(String header, String body) {
        return assertThrows(PapException.class, () -> read(header, body));
    }

    @Test
    void reads_control_entity_and_base64_content_with_application_id() throws PapException {
        byte[] trigger = {(byte) 0xB5, 0x00, 0x0D, 0x0A, 0x2D, 0x2D, (byte) 0xFF};
        PushSubmissionEntity entity = read(
                HEADER,
                push(
                        "Content-Type: application/vnd.syncml.notification\r\n"
                                + "Content-Transfer-Encoding: base64\r\n"
                                + "X-Wap-Application-Id: x-wap-application:syncml.dm\r\n",
                        Base64.getMimeEncoder().encodeToString(trigger)));
        assertEquals(CONTROL, new String(entity.controlEntity(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.syncml.notification", entity.content().contentType());
        assertArrayEquals(trigger, entity.content().body());
        assertEquals(PushApplicationId.SYNCML_DM, entity.content().applicationId());
        assertTrue(entity.capabilitiesEntity().isEmpty());
    }

    @Test
    void content_type_parameters_are_kept_as_sent() throws PapException {
        String type = "application/vnd.wap.connectivity-wbxml; SEC=USERPIN;"
                + " MAC=0123456789ABCDEF0123456789ABCDEF01234567";
        PushSubmissionEntity entity = read(HEADER, push("Content-Type: " + type + "\r\n", "wbxml"));
        assertEquals(type, entity.content().contentType());
    }

    @Test
    void missing_application_id_means_wml_ua_and_numeric_id_is_understood() throws PapException {
        assertEquals(
                PushApplicationId.WML_UA,
                read(HEADER, push("Content-Type: text/plain\r\n", "x"))
                        .content()
                        .applicationId());
        assertEquals(
                PushApplicationId.SYNCML_DM,
                read(HEADER, push("content-type: text/plain\r\nx-wap-application-id: 0x07\r\n", "x"))
                        .content()
                        .applicationId());
    }

    @Test
    void part_headers_are_case_insensitive_and_unfolded() throws PapException {
        PushSubmissionEntity entity =
                read(HEADER, push("CONTENT-TYPE: text/plain;\r\n charset=utf-8\r\nContent-ID: <c1@pi>\r\n", "x"));
        assertEquals("text/plain; charset=utf-8", entity.content().contentType());
        assertEquals("<c1@pi>", entity.content().headers().get("content-id"));
    }

    @Test
    void identity_content_is_kept_byte_for_byte() throws PapException {
        String content = "line one\r\nline two\n\r\n--asdlfkjiurwghasf-not-a-boundary\r\n";
        PushSubmissionEntity entity =
                read(HEADER, push("Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n", content));
        assertEquals(content, new String(entity.content().body(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void bare_lf_line_ends_preamble_and_epilogue_are_accepted() throws PapException {
        String body = "This is the preamble.\n"
                + "--b1\nContent-Type: application/xml\n\n" + CONTROL + "\n"
                + "--b1\nContent-Type: text/plain\n\nhello\n"
                + "--b1--\nThis is the epilogue.\n";
        PushSubmissionEntity entity = read("multipart/related; boundary=b1", body);
        assertEquals("hello", new String(entity.content().body(), StandardCharsets.US_ASCII));
    }

    @Test
    void optional_capabilities_entity_is_returned() throws PapException {
        String body = "--b\r\nContent-Type: application/xml\r\n\r\n" + CONTROL + "\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
                + "--b\r\nContent-Type: application/rdf+xml\r\n\r\n<rdf/>\r\n--b--";
        PushSubmissionEntity entity = read("Multipart/Related; type=application/xml; boundary=b", body);
        assertEquals("<rdf/>", new String(entity.capabilitiesEntity().orElseThrow(), StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/xml",
                "multipart/mixed; boundary=asdlfkjiurwghasf",
                "multipart/related",
                "multipart/related; boundary=\"\"",
                "multipart/related; boundary=asdlfkjiurwghasf; type=\"text/plain\"",
                "multipart/related; boundary=\"unterminated",
                ""
            })
    void unacceptable_content_type_header_is_a_bad_request(String header) {
        assertEquals(
                StatusCode.BAD_REQUEST,
                failure(header, push("Content-Type: text/plain\r\n", "x")).code());
    }

    @Test
    void missing_final_boundary_is_a_bad_request() {
        PapException e = failure(
                HEADER,
                "--asdlfkjiurwghasf\r\nContent-Type: application/xml"
                        + "\r\n\r\n" + CONTROL + "\r\n--asdlfkjiurwghasf\r\nContent-Type: text/plain"
                        + "\r\n\r\nhello\r\n");
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("final boundary"), e.getMessage());
    }

    @Test
    void content_without_content_type_is_a_bad_request() {
        PapException e = failure(HEADER, push("X-Wap-Application-Id: syncml.dm\r\n", "x"));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("Content-Type"), e.getMessage());
    }

    @Test
    void control_entity_must_be_application_xml() {
        String body = push("Content-Type: text/plain\r\n", "x")
                .replaceFirst("Content-Type: application/xml", "Content-Type: text/html");
        assertEquals(StatusCode.BAD_REQUEST, failure(HEADER, body).code());
    }

    @Test
    void unsupported_transfer_encoding_is_a_bad_request() {
        PapException e = failure(
                HEADER, push("Content-Type: text/plain\r\n" + "Content-Transfer-Encoding: quoted-printable\r\n", "x"));
        assertTrue(e.getMessage().contains("quoted-printable"), e.getMessage());
    }

    @Test
    void invalid_base64_is_a_bad_request() {
        PapException e = failure(
                HEADER, push("Content-Type: text/plain\r\n" + "Content-Transfer-Encoding: base64\r\n", "not*base64!"));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("base64"), e.getMessage());
    }

    @Test
    void single_part_is_a_bad_request() {
        String body = "--b\r\nContent-Type: application/xml\r\n\r\n" + CONTROL + "\r\n--b--\r\n";
        assertEquals(
                StatusCode.BAD_REQUEST,
                failure("multipart/related; boundary=b", body).code());
    }

    @Test
    void more_than_three_parts_is_a_bad_request() {
        String part = "--b\r\nContent-Type: text/plain\r\n\r\nx\r\n";
        String body =
                "--b\r\nContent-Type: application/xml\r\n\r\n" + CONTROL + "\r\n" + part + part + part + "--b--\r\n";
        assertEquals(
                StatusCode.BAD_REQUEST,
                failure("multipart/related; boundary=b", body).code());
    }

    @Test
    void malformed_part_header_is_a_bad_request() {
        assertEquals(
                StatusCode.BAD_REQUEST,
                failure(HEADER, push("Content-Type text/plain\r\n", "x")).code());
    }

    @Test
    void content_over_the_limit_stops_reading_early() {
        PapLimits limits = new PapLimits(1024, 1 << 20, 10, 255);
        String start = "--b\r\nContent-Type: application/xml\r\n\r\n" + CONTROL + "\r\n"
                + "--b\r\nContent-Type: application/octet-stream\r\n\r\n";
        CountingEndless endless = new CountingEndless();
        InputStream body = new SequenceInputStream(body(start), endless);
        PapException e =
                assertThrows(PapException.class, () -> reader.read("multipart/related; boundary=b", body, limits));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("1024"), e.getMessage());
        assertTrue(e.getMessage().contains("no status code"), e.getMessage());
        assertTrue(endless.served < 64 * 1024, "read " + endless.served + " bytes");
    }

    @Test
    void base64_content_decoding_over_the_limit_is_refused() {
        PapLimits limits = new PapLimits(1000, 1 << 20, 10, 255);
        String encoded = Base64.getMimeEncoder().encodeToString(new byte[1001]);
        PapException e = assertThrows(
                PapException.class,
                () -> reader.read(
                        HEADER,
                        body(push("Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n", encoded)),
                        limits));
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
    }

    @Test
    void base64_content_exactly_at_the_limit_is_accepted() throws PapException {
        PapLimits limits = new PapLimits(1000, 1 << 20, 10, 255);
        String encoded = Base64.getMimeEncoder().encodeToString(new byte[1000]);
        assertEquals(
                1000,
                reader.read(
                                HEADER,
                                body(push(
                                        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n", encoded)),
                                limits)
                        .content()
                        .body()
                        .length);
    }

    @Test
    void request_over_the_limit_stops_reading_with_too_large() {
        PapLimits limits = new PapLimits(1 << 20, 4096, 10, 255);
        CountingEndless endless = new CountingEndless();
        PapException e =
                assertThrows(PapException.class, () -> reader.read("multipart/related; boundary=b", endless, limits));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        assertTrue(endless.served <= 4096 + 8192, "read " + endless.served + " bytes");
    }

    @Test
    void read_failure_is_a_bad_request() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        PapException e = assertThrows(PapException.class, () -> reader.read(HEADER, broken, PapLimits.defaults()));
        assertEquals(StatusCode.BAD_REQUEST, e.code());
        assertFalse(e.getMessage().isBlank());
    }

    /** An endless stream of 'a' lines that counts what it served. */
    private static final class CountingEndless extends InputStream {
        private long served;

        @Override
        public int read() {
            served++;
            return served % 80 == 0 ? '\n' : 'a';
        }
    }
}
