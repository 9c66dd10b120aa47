package io.sipush.ppg.content.cp;

/**
 * The global tokens of WBXML 1.3 (WAP-192-WBXML §5.8.4.7). They mean the same on every
 * code page and in both the tag and the attribute code space.
 */
final class WbxmlGlobalTokens {

    static final int SWITCH_PAGE = 0x00;
    static final int END = 0x01;
    static final int ENTITY = 0x02;
    static final int STR_I = 0x03;
    static final int LITERAL = 0x04;
    static final int PI = 0x43;
    static final int STR_T = 0x83;
    static final int OPAQUE = 0xC3;

    /** Tag token bits (§5.8.2): bit 7 says attributes follow, bit 6 says content follows. */
    static final int TAG_HAS_ATTRIBUTES = 0x80;

    static final int TAG_HAS_CONTENT = 0x40;
    static final int TAG_IDENTITY_MASK = 0x3F;

    /** Attribute tokens at or above 0x80 are attribute values (§5.8.3). */
    static final int FIRST_ATTRIBUTE_VALUE = 0x80;

    private static final int GLOBAL_LOW_BITS_MAX = 0x04;

    private WbxmlGlobalTokens() {}

    /** True for the global tokens 0x00–0x04, 0x40–0x44, 0x80–0x84 and 0xC0–0xC4. */
    static boolean isGlobal(int token) {
        return (token & TAG_IDENTITY_MASK) <= GLOBAL_LOW_BITS_MAX;
    }

    /** True for LITERAL, LITERAL_C, LITERAL_A and LITERAL_AC. */
    static boolean isLiteral(int token) {
        return (token & TAG_IDENTITY_MASK) == LITERAL;
    }
}
