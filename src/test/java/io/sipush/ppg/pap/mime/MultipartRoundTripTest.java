package io.sipush.ppg.pap.mime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PushApplicationId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartRoundTripTest {

    private static final byte[] CONTROL =
            "<?xml version=\"1.0\"?><pap><cancel-message push-id=\"p\"/></pap>".getBytes(StandardCharsets.UTF_8);

    private final MultipartRelatedReader reader = new MultipartRelatedReader();

    private PushSubmissionEntity readBack(MultipartRelatedWriter.MultipartEntity written) throws PapException {
        return reader.read(written.contentType(), new ByteArrayInputStream(written.body()), PapLimits.defaults());
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void writer_output_reads_back_unchanged(boolean base64) throws PapException {
        byte[] content = randomBytes(5000, 7);
        PushSubmissionEntity entity = readBack(new MultipartRelatedWriter()
                .write(CONTROL, "application/vnd.syncml.notification", content, PushApplicationId.SYNCML_DM, base64));
        assertArrayEquals(CONTROL, entity.controlEntity());
        assertArrayEquals(content, entity.content().body());
        assertEquals("application/vnd.syncml.notification", entity.content().contentType());
        assertEquals(PushApplicationId.SYNCML_DM, entity.content().applicationId());
    }

    @Test
    void content_with_line_breaks_at_its_edges_reads_back_unchanged() throws PapException {
        byte[] content = "\r\n\nmiddle\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        PushSubmissionEntity entity = readBack(
                new MultipartRelatedWriter("fixed-boundary").write(CONTROL, "text/plain", content, null, false));
        assertArrayEquals(content, entity.content().body());
        assertEquals(PushApplicationId.WML_UA, entity.content().applicationId());
    }

    @Test
    void header_names_the_boundary_and_the_xml_root_type() {
        MultipartRelatedWriter.MultipartEntity written =
                new MultipartRelatedWriter("b42").write(CONTROL, "text/plain", new byte[] {1}, null, true);
        assertEquals("multipart/related; boundary=\"b42\"; type=\"application/xml\"", written.contentType());
        assertTrue(new String(written.body(), StandardCharsets.US_ASCII)
                .contains("Content-Transfer-Encoding: base64\r\n"));
    }

    @Test
    void random_boundaries_differ_between_bodies() {
        MultipartRelatedWriter writer = new MultipartRelatedWriter();
        assertNotEquals(
                writer.write(CONTROL, "text/plain", new byte[0], null, false).contentType(),
                writer.write(CONTROL, "text/plain", new byte[0], null, false).contentType());
    }

    @Test
    void fixed_boundary_inside_the_content_is_refused() {
        byte[] content = "--clash".getBytes(StandardCharsets.US_ASCII);
        assertThrows(
                IllegalArgumentException.class,
                () -> new MultipartRelatedWriter("clash").write(CONTROL, "text/plain", content, null, false));
    }

    @Test
    void header_injection_through_the_content_type_is_refused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new MultipartRelatedWriter().write(CONTROL, "text/plain\r\nX-Evil: 1", new byte[0], null, false));
    }
}
