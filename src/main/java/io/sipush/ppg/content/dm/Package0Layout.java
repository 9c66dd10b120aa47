package io.sipush.ppg.content.dm;

/**
 * Field sizes and bit positions of General Package #0 (OMA-TS-DM_Notification-V1_2 §6.2).
 *
 * <p>After the 128-bit digest come 40 bits holding version (10), ui-mode (2), initiator (1) and
 * future-use (27), then the 16-bit session id and the 8-bit length identifier. Big-endian.
 */
final class Package0Layout {

    static final int DIGEST_LENGTH = 16;
    static final int FLAGS_LENGTH = 5;
    static final int SESSION_ID_LENGTH = 2;
    static final int LENGTH_IDENTIFIER_LENGTH = 1;
    static final int FIXED_TRIGGER_LENGTH = FLAGS_LENGTH + SESSION_ID_LENGTH + LENGTH_IDENTIFIER_LENGTH;
    static final int MIN_PACKAGE_LENGTH = DIGEST_LENGTH + FIXED_TRIGGER_LENGTH;

    static final int VERSION_SHIFT = 30;
    static final int UI_MODE_SHIFT = 28;
    static final int INITIATOR_SHIFT = 27;
    static final long VERSION_MASK = 0x3FF;
    static final long UI_MODE_MASK = 0x3;
    static final long INITIATOR_MASK = 0x1;
    static final long FUTURE_USE_MASK = (1L << INITIATOR_SHIFT) - 1;

    private Package0Layout() {}
}
