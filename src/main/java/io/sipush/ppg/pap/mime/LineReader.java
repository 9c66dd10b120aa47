package io.sipush.ppg.pap.mime;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.StatusCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a body line by line (CRLF or bare LF), never more than {@code maxBytes} in all: one
 * byte over and it stops with 2000.
 */
final class LineReader {

    private static final byte[] NO_TERMINATOR = new byte[0];
    private static final byte[] LF = {'\n'};
    private static final byte[] CRLF = {'\r', '\n'};
    /** Enough for a whole push of a few hundred bytes in one read; larger bodies take more reads. */
    private static final int BUFFER_SIZE = 2048;

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

    /**
     * The next line, or null at the end of the body. Scans the buffer for the line feed and copies
     * the line out once (a PAP request's lines are short: copying them byte by byte through a
     * growing stream had cost more allocation than the request's size).
     */
    Line next() throws PapException {
        if (bufferPosition == bufferLength && !fill()) {
            return null;
        }
        byte[] line = NO_TERMINATOR;
        while (true) {
            int lf = indexOfLineFeed();
            int end = lf < 0 ? bufferLength : lf;
            consume(end - bufferPosition + (lf < 0 ? 0 : 1));
            line = append(line, end);
            bufferPosition = lf < 0 ? bufferLength : lf + 1;
            if (lf >= 0) {
                return terminated(line);
            }
            if (!fill()) {
                return new Line(line, NO_TERMINATOR);
            }
        }
    }

    private int indexOfLineFeed() {
        for (int i = bufferPosition; i < bufferLength; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Counts bytes taken from the body: one byte over the limit and the request is refused. */
    private void consume(int count) throws PapException {
        consumed += count;
        if (consumed > maxBytes) {
            throw new PapException(
                    StatusCode.BAD_REQUEST, "The request is too large: it exceeds the limit of " + maxBytes + " bytes");
        }
    }

    /** The line so far with the buffer's bytes up to {@code end} added. */
    private byte[] append(byte[] line, int end) {
        if (line.length == 0) {
            return Arrays.copyOfRange(buffer, bufferPosition, end);
        }
        byte[] longer = Arrays.copyOf(line, line.length + end - bufferPosition);
        System.arraycopy(buffer, bufferPosition, longer, line.length, end - bufferPosition);
        return longer;
    }

    private static Line terminated(byte[] content) {
        if (content.length > 0 && content[content.length - 1] == '\r') {
            return new Line(Arrays.copyOf(content, content.length - 1), CRLF);
        }
        return new Line(content, LF);
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
