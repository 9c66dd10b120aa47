package io.sipush.ppg.content.cp;

import java.util.Objects;

/**
 * An IMSI, and its NETWPIN key: the IMSI as GSM 11.11 semi-octets
 * (OMA-WAP-TS-ProvBoot-V1_1 §5, NETWPIN; 3GPP TS 51.011 EF-IMSI).
 *
 * <p>The digits are prefixed with '9' when their count is odd, or with '1' and followed by
 * 'F' when it is even; then the two nibbles of each byte are swapped. IMSI 310260801674539
 * gives the key bytes 39 01 62 80 10 76 54 93. The key is those bytes, never their hex text.
 */
public final class Imsi {

    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 15;
    private static final char ODD_PREFIX = '9';
    private static final char EVEN_PREFIX = '1';
    private static final char EVEN_FILLER = 'F';

    private final String digits;

    public Imsi(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("[0-9]{" + MIN_DIGITS + "," + MAX_DIGITS + "}")) {
            throw new IllegalArgumentException("IMSI must be " + MIN_DIGITS + " to " + MAX_DIGITS + " decimal digits");
        }
        this.digits = digits;
    }

    public String digits() {
        return digits;
    }

    /** The NETWPIN key: the IMSI as semi-octets, nibbles swapped. */
    public byte[] keyBytes() {
        String nibbles = digits.length() % 2 == 1 ? ODD_PREFIX + digits : EVEN_PREFIX + digits + EVEN_FILLER;
        byte[] key = new byte[nibbles.length() / 2];
        for (int i = 0; i < key.length; i++) {
            int high = Character.digit(nibbles.charAt(2 * i), 16);
            int low = Character.digit(nibbles.charAt(2 * i + 1), 16);
            key[i] = (byte) ((low << 4) | high);
        }
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Imsi && digits.equals(((Imsi) other).digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Imsi[" + digits + "]";
    }
}
