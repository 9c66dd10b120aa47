package io.sipush.ppg.content.dm;

/**
 * The 1-bit {@code initiator} field of General Package #0 (OMA-TS-DM_Notification-V1_2 §6.2):
 * 1 means the management session is server-initiated.
 */
public enum Initiator {
    CLIENT(0),
    SERVER(1);

    private final int bit;

    Initiator(int bit) {
        this.bit = bit;
    }

    /** The value carried in the 1-bit field. */
    public int bit() {
        return bit;
    }

    /** The initiator whose bit is {@code bit} (0 or 1). */
    public static Initiator fromBit(int bit) {
        if (bit == SERVER.bit) {
            return SERVER;
        }
        if (bit == CLIENT.bit) {
            return CLIENT;
        }
        throw new IllegalArgumentException("initiator must be 0 or 1, was " + bit);
    }
}
