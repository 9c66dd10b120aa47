package io.sipush.ppg.content.dm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The Package #0 digest formula written out independently of the code under test:
 * MD5( B64(MD5(id ":" pw)) ":" nonce ":" B64(MD5(trigger)) ).
 */
final class DigestFormula {

    private DigestFormula() {}

    static byte[] digest(String serverId, String password, byte[] nonce, byte[] trigger) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        Base64.Encoder b64 = Base64.getEncoder();
        byte[] credentials = b64.encode(md5.digest((serverId + ":" + password).getBytes(StandardCharsets.UTF_8)));
        byte[] triggerHash = b64.encode(md5.digest(trigger));
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(credentials);
        input.write(':');
        input.write(nonce);
        input.write(':');
        input.write(triggerHash);
        return md5.digest(input.toByteArray());
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    /** Hex string to bytes, for vectors written by hand. */
    static byte[] hex(String hex) {
        String compact = hex.replace(" ", "");
        byte[] bytes = new byte[compact.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(compact.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
