package io.sipush.ppg.content.dm;

/**
 * The 2-bit {@code ui-mode} field of General Package #0 (OMA-TS-DM_Notification-V1_2 §6.2).
 */
public enum UiMode {
    NOT_SPECIFIED(0),
    BACKGROUND(1),
    INFORMATIVE(2),
    USER_INTERACTION(3);

    private final int code;

    UiMode(int code) {
        this.code = code;
    }

    /** The value carried in the 2-bit field. */
    public int code() {
        return code;
    }

    /** The mode whose 2-bit code is {@code code}; every value 0..3 is defined. */
    public static UiMode fromCode(int code) {
        for (UiMode mode : values()) {
            if (mode.code == code) {
                return mode;
            }
        }
        throw new IllegalArgumentException("ui-mode must be 0..3, was " + code);
    }
}
