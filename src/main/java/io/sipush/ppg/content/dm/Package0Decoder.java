package io.sipush.ppg.content.dm;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses the bytes of a General Package #0 (OMA-TS-DM_Notification-V1_2 §6.2) back into a
 * {@link ReceivedPackage0}.
 *
 * <p>Strict: the future-use bits must be zero, the session id non-zero, and the length
 * identifier must fit the data. Bytes after the server identifier are vendor-specific data.
 */
public final class Package0Decoder {

    private Package0Decoder() {}

    public static ReceivedPackage0 decode(byte[] bytes) throws MalformedPackage0Exception {
        requireMinimumLength(bytes);
        byte[] digest = Arrays.copyOfRange(bytes, 0, Package0Layout.DIGEST_LENGTH);
        byte[] trigger = Arrays.copyOfRange(bytes, Package0Layout.DIGEST_LENGTH, bytes.length);
        return new ReceivedPackage0(digest, parseTrigger(trigger), trigger);
    }

    private static void requireMinimumLength(byte[] bytes) throws MalformedPackage0Exception {
        if (bytes.length < Package0Layout.MIN_PACKAGE_LENGTH) {
            throw new MalformedPackage0Exception("package is " + bytes.length
                    + " bytes, shorter than the " + Package0Layout.MIN_PACKAGE_LENGTH
                    + "-byte minimum (digest, flags, session id, length identifier)");
        }
    }

    private static Package0 parseTrigger(byte[] trigger) throws MalformedPackage0Exception {
        ByteBuffer buffer = ByteBuffer.wrap(trigger);
        long flags = readFlags(buffer);
        int sessionId = Short.toUnsignedInt(buffer.getShort());
        if (sessionId == 0) {
            throw new MalformedPackage0Exception("session id is 0; it must be 1..0xFFFF");
        }
        String serverId = readServerId(buffer);
        byte[] vendorSpecific = new byte[buffer.remaining()];
        buffer.get(vendorSpecific);
        return new Package0(
                (int) field(flags, Package0Layout.VERSION_SHIFT, Package0Layout.VERSION_MASK),
                UiMode.fromCode((int) field(flags, Package0Layout.UI_MODE_SHIFT, Package0Layout.UI_MODE_MASK)),
                Initiator.fromBit((int) field(flags, Package0Layout.INITIATOR_SHIFT, Package0Layout.INITIATOR_MASK)),
                sessionId,
                serverId,
                vendorSpecific);
    }

    private static long field(long flags, int shift, long mask) {
        return (flags >>> shift) & mask;
    }

    private static long readFlags(ByteBuffer buffer) throws MalformedPackage0Exception {
        long flags = 0;
        for (int i = 0; i < Package0Layout.FLAGS_LENGTH; i++) {
            flags = (flags << 8) | Byte.toUnsignedInt(buffer.get());
        }
        if ((flags & Package0Layout.FUTURE_USE_MASK) != 0) {
            throw new MalformedPackage0Exception(
                    String.format("future-use bits must be zero, were 0x%07X", flags & Package0Layout.FUTURE_USE_MASK));
        }
        return flags;
    }

    private static String readServerId(ByteBuffer buffer) throws MalformedPackage0Exception {
        int length = Byte.toUnsignedInt(buffer.get());
        if (length == 0) {
            throw new MalformedPackage0Exception("length identifier is 0: no server identifier");
        }
        if (length > buffer.remaining()) {
            throw new MalformedPackage0Exception("length identifier says " + length
                    + " bytes of server identifier, but only " + buffer.remaining() + " remain");
        }
        ByteBuffer serverId = buffer.slice().limit(length);
        buffer.position(buffer.position() + length);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(serverId)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedPackage0Exception("server identifier is not valid UTF-8");
        }
    }
}
