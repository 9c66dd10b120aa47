package io.sipush.ppg.content.cp;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code parm} of a characteristic: a name and an optional value
 * (OMA-WAP-TS-ProvCont-V1_1 §5.3). A parm without a value, such as INIT, acts by its presence.
 */
public final class Parm {

    private final String name;
    private final String value;

    private Parm(String name, String value) {
        this.name = requireText(name, "name");
        this.value = value == null ? null : requireValue(value, "value");
    }

    public static Parm of(String name, String value) {
        return new Parm(name, Objects.requireNonNull(value, "value"));
    }

    /** A parm that has a name and no value attribute. */
    public static Parm withoutValue(String name) {
        return new Parm(name, null);
    }

    public String name() {
        return name;
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    static String requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return requireValue(text, what);
    }

    /** Any text without NUL, which an inline WBXML string cannot hold. */
    static String requireValue(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " must not contain NUL");
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Parm)) {
            return false;
        }
        Parm that = (Parm) other;
        return name.equals(that.name) && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }

    @Override
    public String toString() {
        return value == null ? name : name + "=" + value;
    }
}
