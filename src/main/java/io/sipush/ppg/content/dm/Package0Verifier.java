package io.sipush.ppg.content.dm;

import java.security.MessageDigest;
import java.util.Objects;

/**
 * Checks the digest of a received General Package #0 (OMA-TS-DM_Notification-V1_2 §6.2).
 *
 * <p>It tries the server nonce first, then the resynchronisation nonce read as four zero bytes,
 * then read as the ASCII string "0x00000000", and reports which one matched.
 */
public final class Package0Verifier {

    private final DmServerCredentials credentials;

    public Package0Verifier(DmServerCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    public Package0Verification verify(byte[] packageBytes, byte[] serverNonce)
            throws MalformedPackage0Exception, DigestMismatchException {
        ReceivedPackage0 received = Package0Decoder.decode(packageBytes);
        requireSameServer(received.notification());
        for (NonceReading reading : NonceReading.values()) {
            if (digestMatches(received, reading.nonce(serverNonce))) {
                return new Package0Verification(received, reading);
            }
        }
        throw new DigestMismatchException("digest of the package for server "
                + credentials.serverId() + " matches neither the server nonce nor the "
                + "resynchronisation nonce (as four zero bytes or as \"0x00000000\")");
    }

    private void requireSameServer(Package0 notification) throws DigestMismatchException {
        if (!notification.serverId().equals(credentials.serverId())) {
            throw new DigestMismatchException("package names server " + notification.serverId()
                    + ", the credentials are for " + credentials.serverId());
        }
    }

    private boolean digestMatches(ReceivedPackage0 received, byte[] nonce) {
        byte[] expected = Package0Digest.compute(credentials, nonce, received.trigger());
        return MessageDigest.isEqual(expected, received.digest());
    }
}
