package io.sipush.ppg.pap.mime;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.StatusCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits a multipart body into its parts (RFC 2046 §5.1.1): preamble and epilogue are skipped,
 * the line end before a delimiter belongs to the delimiter, and a body that ends before the
 * close delimiter is refused with 2000. The content part (the second) is checked against the
 * content limit while it is read.
 */
final class MultipartParser {

    static final int MAX_PARTS = 3;
    static final int CONTENT_PART = 1;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_HEADER_LINES = 64;

    private enum Boundary {
        NONE,
        DELIMITER,
        CLOSE
    }

    private static final int PART_SIZE = 512;

    private final LineReader lines;
    private final byte[] delimiter;
    private final int maxContentBytes;

    MultipartParser(LineReader lines, String boundary, int maxContentBytes) {
        this.lines = lines;
        this.delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.maxContentBytes = maxContentBytes;
    }

    List<BodyPart> parts() throws PapException {
        skipPreamble();
        List<BodyPart> parts = new ArrayList<>();
        boolean closed = false;
        while (!closed) {
            if (parts.size() == MAX_PARTS) {
                throw badRequest("A push submission has at most " + MAX_PARTS + " body parts");
            }
            Map<String, String> headers = headers();
            // sized for a push's control entity, instead of growing from 32 bytes
            ByteArrayOutputStream body = new ByteArrayOutputStream(PART_SIZE);
            closed = readBody(body, parts.size() == CONTENT_PART ? headers : null);
            parts.add(new BodyPart(headers, body.toByteArray()));
        }
        return parts;
    }

    private void skipPreamble() throws PapException {
        LineReader.Line line;
        do {
            line = lines.next();
            if (line == null) {
                throw badRequest("The multipart body has no boundary line");
            }
        } while (boundary(line) == Boundary.NONE);
        if (boundary(line) == Boundary.CLOSE) {
            throw badRequest("The multipart body has no body part");
        }
    }

    /**
     * Reads a part's header lines (RFC 822 §3.1.1 folding: a line that starts with a blank
     * continues the previous one). At most {@link #MAX_HEADER_LINES} lines and {@link
     * #MAX_HEADER_BYTES} bytes per part, so folding costs linear time and bounded memory.
     */
    private Map<String, String> headers() throws PapException {
        List<StringBuilder> unfolded = new ArrayList<>();
        int lineCount = 0;
        long byteCount = 0;
        for (LineReader.Line line = nextLine(); line.content().length > 0; line = nextLine()) {
            byteCount += line.content().length;
            if (++lineCount > MAX_HEADER_LINES || byteCount > MAX_HEADER_BYTES) {
                throw badRequest("A body part has more than " + MAX_HEADER_LINES + " header lines or more than "
                        + MAX_HEADER_BYTES + " bytes of header");
            }
            String text = new String(line.content(), StandardCharsets.ISO_8859_1);
            if ((text.startsWith(" ") || text.startsWith("\t")) && !unfolded.isEmpty()) {
                unfolded.get(unfolded.size() - 1).append(' ').append(text.strip());
            } else {
                unfolded.add(new StringBuilder(text));
            }
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (StringBuilder header : unfolded) {
            addHeader(headers, header.toString());
        }
        return Collections.unmodifiableMap(headers);
    }

    private static void addHeader(Map<String, String> headers, String text) throws PapException {
        int colon = text.indexOf(':');
        String name = colon > 0 ? text.substring(0, colon).strip() : "";
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new PapException(StatusCode.BAD_REQUEST, "Malformed header line in a body part", text);
        }
        if (headers.containsKey(name)) {
            throw new PapException(StatusCode.BAD_REQUEST, "Header " + name + " appears twice in a body part", text);
        }
        headers.put(name, text.substring(colon + 1).strip());
    }

    /** Reads a part's body up to the next boundary; true when that was the close delimiter. */
    private boolean readBody(ByteArrayOutputStream body, Map<String, String> contentHeaders) throws PapException {
        ContentMeter meter = contentHeaders == null ? null : new ContentMeter(contentHeaders);
        byte[] pendingTerminator = null;
        while (true) {
            LineReader.Line line = nextLine();
            Boundary boundary = boundary(line);
            if (boundary != Boundary.NONE) {
                return boundary == Boundary.CLOSE;
            }
            if (pendingTerminator != null) {
                write(body, pendingTerminator, meter);
            }
            write(body, line.content(), meter);
            pendingTerminator = line.terminator();
        }
    }

    private static void write(ByteArrayOutputStream body, byte[] bytes, ContentMeter meter) throws PapException {
        body.write(bytes, 0, bytes.length);
        if (meter != null) {
            meter.count(bytes);
        }
    }

    private LineReader.Line nextLine() throws PapException {
        LineReader.Line line = lines.next();
        if (line == null) {
            throw badRequest("The multipart body ends without its final boundary");
        }
        return line;
    }

    private Boundary boundary(LineReader.Line line) {
        byte[] content = line.content();
        if (content.length < delimiter.length
                || !Arrays.equals(content, 0, delimiter.length, delimiter, 0, delimiter.length)) {
            return Boundary.NONE;
        }
        int rest = delimiter.length;
        boolean close = content.length >= rest + 2 && content[rest] == '-' && content[rest + 1] == '-';
        for (int i = close ? rest + 2 : rest; i < content.length; i++) {
            if (content[i] != ' ' && content[i] != '\t') {
                return Boundary.NONE;
            }
        }
        return close ? Boundary.CLOSE : Boundary.DELIMITER;
    }

    private static PapException badRequest(String desc) {
        return new PapException(StatusCode.BAD_REQUEST, desc);
    }

    /** Stops the content part as soon as its decoded size must exceed the content limit. */
    private final class ContentMeter {
        private final TransferEncoding encoding;
        private final long maxEncoded;
        private long counted;

        ContentMeter(Map<String, String> headers) throws PapException {
            encoding = TransferEncoding.of(headers.get(TransferEncoding.HEADER));
            maxEncoded = encoding.maxEncoded(maxContentBytes);
        }

        void count(byte[] bytes) throws PapException {
            for (byte b : bytes) {
                if (encoding.isPayload(b)) {
                    counted++;
                }
            }
            if (counted > maxEncoded) {
                throw MultipartRelatedReader.contentTooLarge(maxContentBytes);
            }
        }
    }
}
