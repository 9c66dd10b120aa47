package io.sipush.ppg.terminal;

import java.util.Locale;
import java.util.Objects;

/**
 * A terminal's public identity in the canonical form the registry is keyed by: {@code
 * sip:user@host}, without URI parameters, port or display name (RFC 3261 §10.3 step 5, compare
 * addresses of record by user and host). A {@code tel:} URI (RFC 3966) becomes the SIP form of
 * the number in the home domain, as a PLMN push address does.
 */
public final class AddressOfRecord {
    private final String value;

    private AddressOfRecord(String value) {
        this.value = value;
    }

    /**
     * Reads a SIP, SIPS or tel URI, with or without angle brackets and parameters.
     *
     * @throws IllegalArgumentException when the text is no usable address of record
     */
    public static AddressOfRecord parse(String uri, String homeDomain) {
        String text = stripBrackets(Objects.requireNonNull(uri, "uri").trim());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tel:")) {
            return ofNumber(text.substring(4), homeDomain);
        }
        int colon = text.indexOf(':');
        if (colon < 0 || !(lower.startsWith("sip:") || lower.startsWith("sips:"))) {
            throw new IllegalArgumentException("not a sip, sips or tel URI: " + uri);
        }
        String rest = cutAt(text.substring(colon + 1), ';', '?', '>');
        int at = rest.lastIndexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("an address of record needs user@host: " + uri);
        }
        String user = rest.substring(0, at);
        String host = cutAt(rest.substring(at + 1), ':').toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("an address of record needs a host: " + uri);
        }
        return new AddressOfRecord("sip:" + user + "@" + host);
    }

    /** The address of record of an E.164 number in the home domain. */
    public static AddressOfRecord ofNumber(String number, String homeDomain) {
        String digits = cutAt(number, ';').replaceAll("[-.()\\s]", "");
        if (!digits.matches("\\+?[0-9]{3,20}")) {
            throw new IllegalArgumentException("not a telephone number: " + number);
        }
        String plus = digits.startsWith("+") ? digits : "+" + digits;
        return new AddressOfRecord("sip:" + plus + "@" + homeDomain.toLowerCase(Locale.ROOT));
    }

    /** True when the user part is a global telephone number, which SIP marks user=phone. */
    public boolean isTelephoneNumber() {
        return value.startsWith("sip:+");
    }

    /** The URI to put in a To header or a Request-URI. */
    public String toSipUri() {
        return isTelephoneNumber() ? value + ";user=phone" : value;
    }

    public String value() {
        return value;
    }

    private static String stripBrackets(String text) {
        int open = text.indexOf('<');
        if (open < 0) {
            return text;
        }
        int close = text.indexOf('>', open);
        return close < 0 ? text.substring(open + 1) : text.substring(open + 1, close);
    }

    private static String cutAt(String text, char... stops) {
        int end = text.length();
        for (char stop : stops) {
            int i = text.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return text.substring(0, end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressOfRecord that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
