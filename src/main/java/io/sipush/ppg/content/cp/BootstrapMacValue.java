package io.sipush.ppg.content.cp;

import java.util.HexFormat;
import java.util.Objects;

/**
 * The {@code MAC} parameter of a bootstrap message: an HMAC-SHA1 value written as 40
 * upper-case hexadecimal characters (OMA-WAP-TS-ProvBoot-V1_1 §5).
 */
public final class BootstrapMacValue {

    public static final int LENGTH_BYTES = 20;
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private final String hex;

    private BootstrapMacValue(String hex) {
        this.hex = hex;
    }

    public static BootstrapMacValue of(byte[] hmac) {
        if (hmac.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("an HMAC-SHA1 value is 20 bytes, was " + hmac.length);
        }
        return new BootstrapMacValue(UPPER_HEX.formatHex(hmac));
    }

    /** Accepts exactly 40 upper-case hexadecimal characters. */
    public static BootstrapMacValue parse(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9A-F]{40}")) {
            throw new IllegalArgumentException("MAC must be 40 upper-case hexadecimal characters, was \"" + hex + "\"");
        }
        return new BootstrapMacValue(hex);
    }

    public String hex() {
        return hex;
    }

    public byte[] bytes() {
        return UPPER_HEX.parseHex(hex);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BootstrapMacValue && hex.equals(((BootstrapMacValue) other).hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return hex;
    }
}
