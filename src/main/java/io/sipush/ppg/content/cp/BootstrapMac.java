package io.sipush.ppg.content.cp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bootstrap MAC: HMAC-SHA1(key, WBXML body), keyed according to the security method
 * (OMA-WAP-TS-ProvBoot-V1_1 §5).
 *
 * <ul>
 *   <li>NETWPIN: the IMSI as semi-octets ({@link Imsi#keyBytes()}).</li>
 *   <li>USERPIN: the ASCII PIN.</li>
 *   <li>USERNETWPIN: the IMSI key bytes followed by the ASCII PIN.</li>
 *   <li>USERPINMAC: the PIN has 2n digits; the first n (ASCII) are the key, and digit i of the
 *       second half is HMAC[i] mod 10.</li>
 * </ul>
 */
public final class BootstrapMac {

    private static final String HMAC_SHA1 = "HmacSHA1";
    private static final int MAX_USERPINMAC_KEY_DIGITS = BootstrapMacValue.LENGTH_BYTES;

    private BootstrapMac() {}

    /** The MAC of {@code wbxml}; for USERPINMAC the secrets hold the full 2n-digit PIN. */
    public static BootstrapMacValue compute(SecurityMethod method, BootstrapSecrets secrets, byte[] wbxml)
            throws MissingBootstrapSecretException {
        return BootstrapMacValue.of(hmacSha1(key(method, secrets), wbxml));
    }

    /** The HMAC key that {@code method} takes from {@code secrets}. */
    public static byte[] key(SecurityMethod method, BootstrapSecrets secrets) throws MissingBootstrapSecretException {
        switch (method) {
            case NETWPIN:
                return imsi(method, secrets).keyBytes();
            case USERPIN:
                return pin(method, secrets).asciiBytes();
            case USERNETWPIN:
                return concat(
                        imsi(method, secrets).keyBytes(), pin(method, secrets).asciiBytes());
            default:
                return userPinMacKey(userPinMacPin(secrets));
        }
    }

    /**
     * The full USERPINMAC PIN for {@code keyDigits} (n digits, 1..20): those digits followed
     * by n check digits, digit i being HMAC[i] mod 10.
     */
    public static String userPinMac(String keyDigits, byte[] wbxml) {
        if (!keyDigits.matches("[0-9]{1," + MAX_USERPINMAC_KEY_DIGITS + "}")) {
            throw new IllegalArgumentException(
                    "USERPINMAC key must be 1 to " + MAX_USERPINMAC_KEY_DIGITS + " decimal digits");
        }
        byte[] key = keyDigits.getBytes(StandardCharsets.US_ASCII);
        return keyDigits + checkDigits(hmacSha1(key, wbxml), keyDigits.length());
    }

    /** True when the second half of a USERPINMAC PIN matches the HMAC of {@code wbxml}. */
    static boolean userPinMacCheckDigitsMatch(UserPin pin, byte[] wbxml) {
        String digits = pin.value();
        int half = digits.length() / 2;
        String expected = checkDigits(hmacSha1(userPinMacKey(pin), wbxml), half);
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                digits.substring(half).getBytes(StandardCharsets.US_ASCII));
    }

    static UserPin userPinMacPin(BootstrapSecrets secrets) throws MissingBootstrapSecretException {
        UserPin pin = pin(SecurityMethod.USERPINMAC, secrets);
        int length = pin.value().length();
        if (!pin.isEvenDigitCount() || length > 2 * MAX_USERPINMAC_KEY_DIGITS) {
            throw new MissingBootstrapSecretException("USERPINMAC needs a PIN of 2n decimal digits (n at most 20)");
        }
        return pin;
    }

    static byte[] hmacSha1(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(key, HMAC_SHA1));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required on every Java platform", e);
        }
    }

    private static byte[] userPinMacKey(UserPin pin) {
        String digits = pin.value();
        return digits.substring(0, digits.length() / 2).getBytes(StandardCharsets.US_ASCII);
    }

    private static String checkDigits(byte[] hmac, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(Byte.toUnsignedInt(hmac[i]) % 10);
        }
        return digits.toString();
    }

    private static Imsi imsi(SecurityMethod method, BootstrapSecrets secrets) throws MissingBootstrapSecretException {
        return secrets.imsi()
                .orElseThrow(() -> new MissingBootstrapSecretException(method + " needs the terminal's IMSI"));
    }

    private static UserPin pin(SecurityMethod method, BootstrapSecrets secrets) throws MissingBootstrapSecretException {
        return secrets.pin().orElseThrow(() -> new MissingBootstrapSecretException(method + " needs the user PIN"));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.writeBytes(first);
        joined.writeBytes(second);
        return joined.toByteArray();
    }
}
