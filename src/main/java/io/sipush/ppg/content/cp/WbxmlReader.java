package io.sipush.ppg.content.cp;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A cursor over WBXML bytes: single bytes, multi-byte integers (WAP-192-WBXML §5.1) and
 * zero-terminated strings (§5.8.4.1). Running past the end is a {@link MalformedWbxmlException}.
 */
final class WbxmlReader {

    private static final int MB_UINT32_MAX_BYTES = 5;
    private static final int CONTINUATION_BIT = 0x80;
    private static final int VALUE_BITS = 0x7F;
    private static final byte TERMINATOR = 0;

    private final byte[] bytes;
    private int position;

    WbxmlReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int position() {
        return position;
    }

    boolean atEnd() {
        return position >= bytes.length;
    }

    int peek() throws MalformedWbxmlException {
        requireAvailable(1);
        return Byte.toUnsignedInt(bytes[position]);
    }

    int readByte() throws MalformedWbxmlException {
        int value = peek();
        position++;
        return value;
    }

    /** An mb_u_int32: 7 bits per byte, most significant first, at most 5 bytes (§5.1). */
    int readMultiByteInt() throws MalformedWbxmlException {
        int start = position;
        long value = 0;
        for (int count = 0; count < MB_UINT32_MAX_BYTES; count++) {
            int next = readByte();
            value = (value << 7) | (next & VALUE_BITS);
            if ((next & CONTINUATION_BIT) == 0) {
                return requireIntRange(value, start);
            }
        }
        throw new MalformedWbxmlException("multi-byte integer is longer than 5 bytes", start);
    }

    byte[] readBytes(int length) throws MalformedWbxmlException {
        requireAvailable(length);
        byte[] result = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return result;
    }

    /** A zero-terminated inline string (STR_I) in {@code charset}. */
    String readTerminatedString(Charset charset) throws MalformedWbxmlException {
        int start = position;
        int end = indexOfTerminator(bytes, start, bytes.length);
        if (end < 0) {
            throw new MalformedWbxmlException("inline string has no terminating zero", start);
        }
        position = end + 1;
        return decode(bytes, start, end, charset);
    }

    /** The zero-terminated string at {@code offset} in {@code table} (STR_T, §5.7). */
    static String stringAt(byte[] table, int offset, Charset charset, int tokenPosition)
            throws MalformedWbxmlException {
        if (offset >= table.length) {
            throw new MalformedWbxmlException(
                    "string table reference " + offset + " is beyond the " + table.length + "-byte string table",
                    tokenPosition);
        }
        int end = indexOfTerminator(table, offset, table.length);
        if (end < 0) {
            throw new MalformedWbxmlException(
                    "string table entry " + offset + " has no terminating zero", tokenPosition);
        }
        return decode(table, offset, end, charset);
    }

    private static int indexOfTerminator(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == TERMINATOR) {
                return i;
            }
        }
        return -1;
    }

    private static String decode(byte[] data, int from, int to, Charset charset) throws MalformedWbxmlException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedWbxmlException("string is not valid " + charset.name(), from);
        }
    }

    private void requireAvailable(int count) throws MalformedWbxmlException {
        if (count < 0 || count > bytes.length - position) {
            throw new MalformedWbxmlException(
                    "WBXML ends early: needed " + count + " more byte(s), " + (bytes.length - position) + " left",
                    position);
        }
    }

    private static int requireIntRange(long value, int start) throws MalformedWbxmlException {
        if (value > Integer.MAX_VALUE) {
            throw new MalformedWbxmlException("multi-byte integer " + value + " is too large", start);
        }
        return (int) value;
    }
}
