package io.sipush.ppg.content.dm;

import java.util.Objects;

/**
 * A General Package #0 whose digest checked out, and the nonce reading that matched
 * (OMA-TS-DM_Notification-V1_2 §6.2, digest).
 */
public final class Package0Verification {

    private final ReceivedPackage0 received;
    private final NonceReading matchedNonce;

    Package0Verification(ReceivedPackage0 received, NonceReading matchedNonce) {
        this.received = Objects.requireNonNull(received, "received");
        this.matchedNonce = Objects.requireNonNull(matchedNonce, "matchedNonce");
    }

    public ReceivedPackage0 received() {
        return received;
    }

    public NonceReading matchedNonce() {
        return matchedNonce;
    }

    @Override
    public String toString() {
        return "Package0Verification[" + received + ", matchedNonce=" + matchedNonce + "]";
    }
}
