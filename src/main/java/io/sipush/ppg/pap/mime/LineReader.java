package io.sipush.ppg.pap.mime;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.StatusCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a body line by line (CRLF or bare LF), never more than {@code maxBytes} in all: one
 * byte over and it stops with 2000.
 */
final class LineReader {

    private static final byte[] NO_TERMINATOR = new byte[0];
    private static final byte[] LF = {'\n'};
    private static final byte[] CRLF = {'\r', '\n'};
    private static final int BUFFER_SIZE = 8192;

    /** A line's bytes and the terminator that ended it (empty at the end of the body). */
    record Line(byte[] content, byte[] terminator) {}

    private final InputStream input;
    private final int maxBytes;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int bufferLength;
    private int bufferPosition;
    private long consumed;

    LineReader(InputStream input, int maxBytes) {
        this.input = input;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the body. */
    Line next() throws PapException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            line.write(b);
            b = read();
        }
        if (b < 0) {
            return new Line(line.toByteArray(), NO_TERMINATOR);
        }
        byte[] content = line.toByteArray();
        if (content.length > 0 && content[content.length - 1] == '\r') {
            byte[] trimmed = new byte[content.length - 1];
            System.arraycopy(content, 0, trimmed, 0, trimmed.length);
            return new Line(trimmed, CRLF);
        }
        return new Line(content, LF);
    }

    private int read() throws PapException {
        if (bufferPosition == bufferLength && !fill()) {
            return -1;
        }
        if (++consumed > maxBytes) {
            throw new PapException(
                    StatusCode.BAD_REQUEST, "The request is too large: it exceeds the limit of " + maxBytes + " bytes");
        }
        return buffer[bufferPosition++] & 0xFF;
    }

    private boolean fill() throws PapException {
        try {
            int read;
            do {
                read = input.read(buffer);
            } while (read == 0);
            bufferLength = Math.max(read, 0);
            bufferPosition = 0;
            return read > 0;
        } catch (IOException e) {
            throw new PapException(
                    StatusCode.BAD_REQUEST, "The request body could not be read: " + e.getMessage(), null, e);
        }
    }
}
