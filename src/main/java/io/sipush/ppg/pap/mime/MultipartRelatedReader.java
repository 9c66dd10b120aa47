package io.sipush.ppg.pap.mime;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.StatusCode;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Reads a push submission, {@code multipart/related; boundary=...; type="application/xml"}
 * (WAP-247-PAP-20010429-a §8, RFC 2387). Part 1 is the control entity (application/xml),
 * part 2 the content entity (its own Content-Type, required; optional
 * Content-Transfer-Encoding base64, 7bit, 8bit or binary; optional X-Wap-Application-Id),
 * part 3 the optional capabilities entity. The {@code start} parameter is not honoured: the
 * first part is the root. CRLF and bare LF line ends are both accepted.
 *
 * <p>The body is read as a stream and reading stops as soon as a limit is exceeded. Both size
 * limits are reported with 2000: PAP has no status code for sizes. Thread-safe.
 */
public final class MultipartRelatedReader {

    private static final String CONTENT_TYPE = "Content-Type";
    private static final String APPLICATION_ID = "X-Wap-Application-Id";
    private static final String APPLICATION_XML = "application/xml";
    private static final int MAX_BOUNDARY_LENGTH = 70;

    public PushSubmissionEntity read(String contentTypeHeader, InputStream body, PapLimits limits) throws PapException {
        if (body == null || limits == null) {
            throw new IllegalArgumentException("body and limits are required");
        }
        String boundary = boundary(contentTypeHeader);
        LineReader lines = new LineReader(body, limits.maxRequestBytes());
        List<BodyPart> parts = new MultipartParser(lines, boundary, limits.maxContentBytes()).parts();
        if (parts.size() < 2) {
            throw new PapException(
                    StatusCode.BAD_REQUEST, "A push submission needs a control entity and a content entity");
        }
        return new PushSubmissionEntity(
                control(parts.get(0)), content(parts.get(1), limits.maxContentBytes()), capabilities(parts));
    }

    static PapException contentTooLarge(int maxContentBytes) {
        return new PapException(
                StatusCode.BAD_REQUEST,
                "The content entity exceeds the limit of " + maxContentBytes
                        + " bytes (PAP has no status code for content size)");
    }

    private static String boundary(String contentTypeHeader) throws PapException {
        MediaType mediaType = MediaType.parse(contentTypeHeader, CONTENT_TYPE);
        if (!mediaType.is("multipart/related")) {
            throw badHeader("A push submission must be multipart/related, not " + mediaType.type(), contentTypeHeader);
        }
        String type = mediaType.parameter("type");
        if (type != null && !type.trim().equalsIgnoreCase(APPLICATION_XML)) {
            throw badHeader("The type parameter must be application/xml, not " + type, contentTypeHeader);
        }
        String boundary = mediaType.parameter("boundary");
        if (boundary == null
                || boundary.isEmpty()
                || boundary.length() > MAX_BOUNDARY_LENGTH
                || boundary.endsWith(" ")) {
            throw badHeader("The multipart boundary is missing or invalid", contentTypeHeader);
        }
        return boundary;
    }

    private static byte[] control(BodyPart part) throws PapException {
        String contentType = part.headers().get(CONTENT_TYPE);
        if (contentType == null) {
            throw new PapException(StatusCode.BAD_REQUEST, "The control entity (first body part) has no Content-Type");
        }
        if (!MediaType.parse(contentType, CONTENT_TYPE).is(APPLICATION_XML)) {
            throw badHeader("The control entity must be application/xml, not " + contentType, contentType);
        }
        return decode(part);
    }

    private static ContentEntity content(BodyPart part, int maxContentBytes) throws PapException {
        String contentType = part.headers().get(CONTENT_TYPE);
        if (contentType == null || contentType.isEmpty()) {
            throw new PapException(StatusCode.BAD_REQUEST, "The content entity (second body part) has no Content-Type");
        }
        MediaType.parse(contentType, CONTENT_TYPE);
        SipHeaderSafety.requireSafeContentType(contentType);
        PushApplicationId applicationId =
                SipHeaderSafety.requireSafeApplicationId(part.headers().get(APPLICATION_ID));
        byte[] body = decode(part);
        if (body.length > maxContentBytes) {
            throw contentTooLarge(maxContentBytes);
        }
        return new ContentEntity(contentType, body, applicationId, part.headers());
    }

    private static Optional<byte[]> capabilities(List<BodyPart> parts) throws PapException {
        return parts.size() > 2 ? Optional.of(decode(parts.get(2))) : Optional.empty();
    }

    private static byte[] decode(BodyPart part) throws PapException {
        return TransferEncoding.of(part.headers().get(TransferEncoding.HEADER)).decode(part.body());
    }

    private static PapException badHeader(String desc, String value) {
        return new PapException(StatusCode.BAD_REQUEST, desc, CONTENT_TYPE + ": " + value);
    }
}
