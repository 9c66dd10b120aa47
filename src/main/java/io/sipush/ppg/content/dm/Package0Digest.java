package io.sipush.ppg.content.dm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The General Package #0 digest (OMA-TS-DM_Notification-V1_2 §6.2):
 * {@code MD5( B64(MD5(server-id ":" server-password)) ":" nonce ":" B64(MD5(trigger)) )}.
 *
 * <p>{@code trigger} is every byte after the digest. The nonce is used as raw bytes, exactly as
 * given; B64 is standard Base64 with padding.
 */
public final class Package0Digest {

    public static final int LENGTH = Package0Layout.DIGEST_LENGTH;
    private static final byte SEPARATOR = ':';

    private Package0Digest() {}

    /** The 16-byte digest of {@code trigger} for these credentials and nonce. */
    public static byte[] compute(DmServerCredentials credentials, byte[] nonce, byte[] trigger) {
        String credentialHash = base64Md5(
                (credentials.serverId() + ":" + credentials.serverPassword()).getBytes(StandardCharsets.UTF_8));
        String triggerHash = base64Md5(trigger);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(credentialHash.getBytes(StandardCharsets.US_ASCII));
        input.write(SEPARATOR);
        input.writeBytes(nonce);
        input.write(SEPARATOR);
        input.writeBytes(triggerHash.getBytes(StandardCharsets.US_ASCII));
        return md5(input.toByteArray());
    }

    private static String base64Md5(byte[] data) {
        return Base64.getEncoder().encodeToString(md5(data));
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide MD5", e);
        }
    }
}
