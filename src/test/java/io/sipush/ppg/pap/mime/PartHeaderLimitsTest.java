package io.sipush.ppg.pap.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.StatusCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 13, item 6: folded header lines of a body part. */
class PartHeaderLimitsTest {

    private static final String HEADER = "multipart/related; boundary=\"b\"; type=\"application/xml\"";
    private static final String CONTROL = "<pap><push-message push-id=\"p1\">"
            + "<address address-value=\"WAPPUSH=+15551234567/TYPE=PLMN\"/></push-message></pap>";

    private final MultipartRelatedReader reader = new MultipartRelatedReader();

    private static String push(String contentHeaders) {
        return "--b\r\nContent-Type: application/xml\r\n\r\n" + CONTROL + "\r\n--b\r\n" + contentHeaders
                + "\r\n\r\nhello\r\n--b--\r\n";
    }

    private PapException failure(String body) {
        return assertThrows(
                PapException.class,
                () -> reader.read(
                        HEADER,
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)),
                        new PapLimits(64 * 1024, 2 * 1024 * 1024, 1000, 255)));
    }

    @Test
    void part_with_520000_continuation_lines_is_refused_with_2000() {
        String folded = "Content-Type: text/plain\r\nX-Folded: a" + "\r\n b".repeat(520_000);

        PapException refused = failure(push(folded));

        assertThat(refused.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(refused.getMessage()).contains("header");
        assertThat(refused.getMessage()).contains(Integer.toString(MultipartParser.MAX_HEADER_BYTES));
    }

    @Test
    void part_with_too_many_header_lines_is_refused_with_2000() {
        StringBuilder headers = new StringBuilder("Content-Type: text/plain");
        for (int i = 0; i <= MultipartParser.MAX_HEADER_LINES; i++) {
            headers.append("\r\nX-H").append(i).append(": v");
        }

        PapException refused = failure(push(headers.toString()));

        assertThat(refused.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(refused.getMessage()).contains("more than " + MultipartParser.MAX_HEADER_LINES + " header lines");
    }

    @Test
    void a_few_folded_lines_are_joined_with_a_space() throws PapException {
        PushSubmissionEntity entity = reader.read(
                HEADER,
                new ByteArrayInputStream(
                        push("Content-Type: text/plain;\r\n charset=utf-8").getBytes(StandardCharsets.ISO_8859_1)),
                PapLimits.defaults());

        assertThat(entity.content().contentType()).isEqualTo("text/plain; charset=utf-8");
    }
}
