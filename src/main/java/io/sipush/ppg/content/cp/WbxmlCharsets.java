package io.sipush.ppg.content.cp;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The character sets this codec reads and writes, by IANA MIBenum (WAP-192-WBXML §5.6). Only
 * charsets whose strings end with a single zero byte are supported. MIBenum 0 means "unknown",
 * which is read as UTF-8.
 */
final class WbxmlCharsets {

    static final int UTF_8 = 0x6A;

    private static final Map<Integer, Charset> BY_MIB_ENUM = Map.of(
            0,
            StandardCharsets.UTF_8,
            3,
            StandardCharsets.US_ASCII,
            4,
            StandardCharsets.ISO_8859_1,
            UTF_8,
            StandardCharsets.UTF_8);

    private WbxmlCharsets() {}

    static Optional<Charset> forMibEnum(int mibEnum) {
        return Optional.ofNullable(BY_MIB_ENUM.get(mibEnum));
    }
}
