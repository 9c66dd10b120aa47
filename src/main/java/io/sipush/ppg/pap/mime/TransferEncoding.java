package io.sipush.ppg.pap.mime;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.StatusCode;
import java.util.Base64;
import java.util.Locale;

/**
 * The Content-Transfer-Encodings a body part may use (RFC 2045 §6): base64, or the identity
 * encodings 7bit, 8bit and binary. Any other is refused with 2000.
 */
enum TransferEncoding {
    IDENTITY,
    BASE64;

    static final String HEADER = "Content-Transfer-Encoding";

    static TransferEncoding of(String headerValue) throws PapException {
        if (headerValue == null) {
            return IDENTITY;
        }
        switch (headerValue.trim().toLowerCase(Locale.ROOT)) {
            case "7bit":
            case "8bit":
            case "binary":
                return IDENTITY;
            case "base64":
                return BASE64;
            default:
                throw new PapException(
                        StatusCode.BAD_REQUEST,
                        "Unsupported Content-Transfer-Encoding " + headerValue.trim()
                                + "; use base64, 7bit, 8bit or binary",
                        HEADER + ": " + headerValue);
        }
    }

    byte[] decode(byte[] raw) throws PapException {
        if (this == IDENTITY) {
            return raw;
        }
        try {
            return Base64.getDecoder().decode(withoutWhitespace(raw));
        } catch (IllegalArgumentException e) {
            throw new PapException(
                    StatusCode.BAD_REQUEST, "The base64 content is invalid: " + e.getMessage(), HEADER + ": base64");
        }
    }

    /** Whether a byte counts towards the encoded size of the content. */
    boolean isPayload(int b) {
        return this == IDENTITY || !isWhitespace(b);
    }

    /** The largest encoded size whose decoding can fit into {@code maxDecoded} bytes. */
    long maxEncoded(int maxDecoded) {
        return this == IDENTITY ? maxDecoded : 4L * ((maxDecoded + 2L) / 3);
    }

    private static byte[] withoutWhitespace(byte[] raw) {
        byte[] stripped = new byte[raw.length];
        int length = 0;
        for (byte b : raw) {
            if (!isWhitespace(b)) {
                stripped[length++] = b;
            }
        }
        byte[] result = new byte[length];
        System.arraycopy(stripped, 0, result, 0, length);
        return result;
    }

    private static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
