package io.sipush.ppg.cluster;

/**
 * The terminals cut into a fixed number of partitions by their address of record. Every instance
 * must compute the same partition for a terminal, so the count is fixed here and stored once in
 * the lease table ({@link LeaseStore#ensurePartitions(int)}), and the hash is {@link
 * String#hashCode()}, whose value the Java language specifies.
 */
public final class Partitions {
    /** The number of partitions: enough to spread over tens of instances, few enough to poll. */
    public static final int COUNT = 64;

    private Partitions() {}

    /** The partition of a terminal's deliveries. */
    public static int of(String addressOfRecord) {
        return Math.floorMod(addressOfRecord.hashCode(), COUNT);
    }
}
