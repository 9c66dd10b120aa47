package io.sipush.ppg.pap.mime;

import io.sipush.ppg.pap.PushApplicationId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Frames a push submission for the Push Initiator side: a {@code multipart/related} body with
 * the control entity and the content entity, and its Content-Type header
 * (WAP-247-PAP-20010429-a §8, RFC 2387). Thread-safe.
 */
public final class MultipartRelatedWriter {

    private static final String CRLF = "\r\n";
    private static final int BASE64_LINE_LENGTH = 76;

    private final String fixedBoundary;

    /** A writer that picks a fresh random boundary for every body. */
    public MultipartRelatedWriter() {
        this.fixedBoundary = null;
    }

    /** A writer that always uses this boundary (1 to 70 characters, no line breaks). */
    public MultipartRelatedWriter(String boundary) {
        if (boundary == null
                || boundary.isEmpty()
                || boundary.length() > 70
                || !boundary.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"')
                || boundary.endsWith(" ")) {
            throw new IllegalArgumentException("Invalid multipart boundary: " + boundary);
        }
        this.fixedBoundary = boundary;
    }

    /** The Content-Type header value and the body of a push submission. */
    public record MultipartEntity(String contentType, byte[] body) {}

    /**
     * Writes the two parts.
     *
     * @param applicationId written as X-Wap-Application-Id when not null
     * @param base64 whether to send the content with Content-Transfer-Encoding base64
     * @throws IllegalArgumentException when the content type would break the header, or the
     *     fixed boundary occurs in the entities
     */
    public MultipartEntity write(
            byte[] controlEntity, String contentType, byte[] content, PushApplicationId applicationId, boolean base64) {
        requireHeaderValue(contentType);
        byte[] encodedContent = base64 ? base64Lines(content) : content;
        String boundary = boundaryFor(controlEntity, encodedContent);
        ByteArrayOutputStream body = new ByteArrayOutputStream(controlEntity.length + encodedContent.length + 512);
        part(body, boundary, "Content-Type: application/xml" + CRLF, controlEntity);
        part(body, boundary, contentHeaders(contentType, applicationId, base64), encodedContent);
        ascii(body, "--" + boundary + "--" + CRLF);
        String header = "multipart/related; boundary=\"" + boundary + "\"; type=\"application/xml\"";
        return new MultipartEntity(header, body.toByteArray());
    }

    private static String contentHeaders(String contentType, PushApplicationId applicationId, boolean base64) {
        StringBuilder headers =
                new StringBuilder("Content-Type: ").append(contentType).append(CRLF);
        if (base64) {
            headers.append("Content-Transfer-Encoding: base64").append(CRLF);
        }
        if (applicationId != null) {
            requireHeaderValue(applicationId.urn());
            headers.append("X-Wap-Application-Id: ").append(applicationId.urn()).append(CRLF);
        }
        return headers.toString();
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] entity) {
        ascii(body, "--" + boundary + CRLF + headers + CRLF);
        body.write(entity, 0, entity.length);
        ascii(body, CRLF);
    }

    private String boundaryFor(byte[] controlEntity, byte[] content) {
        if (fixedBoundary != null) {
            if (contains(controlEntity, fixedBoundary) || contains(content, fixedBoundary)) {
                throw new IllegalArgumentException("The boundary occurs in the entities");
            }
            return fixedBoundary;
        }
        String boundary;
        do {
            boundary = "pap-" + UUID.randomUUID();
        } while (contains(controlEntity, boundary) || contains(content, boundary));
        return boundary;
    }

    private static boolean contains(byte[] entity, String boundary) {
        byte[] needle = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= entity.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (entity[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] base64Lines(byte[] content) {
        return Base64.getMimeEncoder(BASE64_LINE_LENGTH, CRLF.getBytes(StandardCharsets.US_ASCII))
                .encode(content);
    }

    private static void requireHeaderValue(String value) {
        if (value == null || value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Invalid header value: " + value);
        }
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        out.write(bytes, 0, bytes.length);
    }
}
