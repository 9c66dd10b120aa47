package io.sipush.ppg.pap;

/**
 * Size limits a PPG places on PAP submissions. PAP (WAP-247-PAP-20010429-a §8) sets none; an
 * exceeded limit is reported with 2000 (sizes have no code of their own), except the address
 * count, which gets 3005 MULTIPLE_ADDRESSES_NOT_SUPPORTED (§9.13).
 */
public record PapLimits(int maxContentBytes, int maxRequestBytes, int maxAddresses, int maxPushIdLength) {

    private static final PapLimits DEFAULTS = new PapLimits(64 * 1024, 1024 * 1024, 1000, 255);

    public PapLimits {
        requirePositive(maxContentBytes, "maxContentBytes");
        requirePositive(maxRequestBytes, "maxRequestBytes");
        requirePositive(maxAddresses, "maxAddresses");
        requirePositive(maxPushIdLength, "maxPushIdLength");
    }

    /** Content 64 KiB, request 1 MiB, 1000 addresses, push-id 255 characters. */
    public static PapLimits defaults() {
        return DEFAULTS;
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
