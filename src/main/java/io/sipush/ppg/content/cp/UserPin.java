package io.sipush.ppg.content.cp;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A user PIN for USERPIN, USERNETWPIN and USERPINMAC (OMA-WAP-TS-ProvBoot-V1_1 §5). Printable
 * ASCII without spaces; used as key material in its ASCII form.
 */
public final class UserPin {

    private final String value;

    public UserPin(String value) {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[\\x21-\\x7E]+")) {
            throw new IllegalArgumentException(
                    "PIN must be one or more printable ASCII " + "characters without spaces");
        }
        this.value = value;
    }

    public String value() {
        return value;
    }

    public byte[] asciiBytes() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /** True when the PIN is an even number of decimal digits, as USERPINMAC needs. */
    public boolean isEvenDigitCount() {
        return value.matches("[0-9]+") && value.length() % 2 == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserPin && value.equals(((UserPin) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "UserPin[***]";
    }
}
