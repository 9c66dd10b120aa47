package io.sipush.ppg.pap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A PAP {@code address-value}, {@code WAPPUSH=<client>/TYPE=<type>[@<ppg>]} (WAP-247-PAP-20010429-a
 * §9.2 and the grammar of WAP-151-PPGService §7.1). The keywords WAPPUSH and TYPE, and the type
 * name, are matched without regard to case. Only the types that reach a terminal over OTA-SIP
 * are accepted:
 * <ul>
 *   <li>{@code USER}: a percent-escaped {@code sip:}, {@code sips:} or {@code tel:} URI, for
 *       example {@code WAPPUSH=sip%3Aalice%40ims.example.org/TYPE=USER@ppg.example.org};</li>
 *   <li>{@code PLMN}: a global number, {@code +} then digits with {@code -} or {@code .} between
 *       them, for example {@code WAPPUSH=+1-555-123-4567/TYPE=PLMN}.</li>
 * </ul>
 * Two addresses are equal when the Push Initiator wrote them the same way.
 */
public final class PushAddress {

    private static final String WAPPUSH = "WAPPUSH=";
    private static final String TYPE = "/TYPE=";
    private static final Pattern PLMN_NUMBER = Pattern.compile("\\+[0-9]+(?:[.-][0-9]+)*");
    private static final Pattern SIP_URI = Pattern.compile(
            "(?i:sips?):[^@\\s<>\"?]+@(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?" + "(?:;[^\\s<>\"?]*)?");
    private static final Pattern TEL_URI = Pattern.compile("(?i:tel):(\\+[0-9().-]+)(?:;[^\\s<>\"?]*)?");
    private static final int MIN_DIGITS = 3;
    private static final int MAX_DIGITS = 15;

    private final String papValue;
    private final AddressType type;
    private final String clientSpecifier;
    private final String ppgSpecifier;
    private final String uri;

    private PushAddress(String papValue, AddressType type, String clientSpecifier, String ppgSpecifier, String uri) {
        this.papValue = papValue;
        this.type = type;
        this.clientSpecifier = clientSpecifier;
        this.ppgSpecifier = ppgSpecifier;
        this.uri = uri;
    }

    /**
     * Parses an address-value.
     *
     * @throws PapException 2002 ADDRESS_ERROR when the value is malformed or of a type other than
     *     USER or PLMN
     */
    public static PushAddress parse(String address) throws PapException {
        String value = address == null ? null : address.trim();
        if (value == null || !startsWithIgnoreCase(value, WAPPUSH)) {
            throw error("address-value does not start with WAPPUSH=", value);
        }
        int typeStart = lastIndexOfIgnoreCase(value, TYPE);
        if (typeStart < WAPPUSH.length()) {
            throw error("address-value has no /TYPE= part", value);
        }
        String client = value.substring(WAPPUSH.length(), typeStart);
        String typeAndPpg = value.substring(typeStart + TYPE.length());
        int at = typeAndPpg.indexOf('@');
        String typeName = at < 0 ? typeAndPpg : typeAndPpg.substring(0, at);
        String ppg = at < 0 ? null : typeAndPpg.substring(at + 1);
        if (ppg != null && (ppg.isEmpty() || containsWhitespace(ppg))) {
            throw error("address-value has an empty or malformed PPG specifier after @", value);
        }
        AddressType type = addressType(typeName, value);
        String uri = type == AddressType.USER ? userUri(client, value) : plmnUri(client, value);
        return new PushAddress(value, type, client, ppg, uri);
    }

    public AddressType type() {
        return type;
    }

    /** The client specifier as sent, still escaped. */
    public String clientSpecifier() {
        return clientSpecifier;
    }

    public Optional<String> ppgSpecifier() {
        return Optional.ofNullable(ppgSpecifier);
    }

    /**
     * The address-value as the Push Initiator wrote it (without surrounding blanks); replies carry
     * this form.
     */
    public String papValue() {
        return papValue;
    }

    /**
     * The SIP URI of the terminal. A USER sip/sips URI is returned as sent (unescaped); tel URIs
     * and PLMN numbers become {@code sip:+<digits>@<homeDomain>;user=phone} (RFC 3261 §19.1.6).
     */
    public String toSipUri(String homeDomain) {
        if (homeDomain == null || homeDomain.isBlank()) {
            throw new IllegalArgumentException("homeDomain is required");
        }
        if (uri.regionMatches(true, 0, "sip", 0, 3)) {
            return uri;
        }
        return "sip:" + uri + "@" + homeDomain.trim() + ";user=phone";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PushAddress && ((PushAddress) other).papValue.equals(papValue);
    }

    @Override
    public int hashCode() {
        return papValue.hashCode();
    }

    @Override
    public String toString() {
        return papValue;
    }

    private static AddressType addressType(String typeName, String value) throws PapException {
        for (AddressType candidate : AddressType.values()) {
            if (candidate.name().equalsIgnoreCase(typeName)) {
                return candidate;
            }
        }
        throw error(
                "Address type " + (typeName.isEmpty() ? "(empty)" : typeName)
                        + " is not supported: only USER and PLMN addresses can be pushed over OTA-SIP",
                value);
    }

    /** Returns the unescaped sip/sips URI, or the global number of a tel URI. */
    private static String userUri(String client, String value) throws PapException {
        String unescaped = percentDecode(client, value);
        if (SIP_URI.matcher(unescaped).matches()) {
            return unescaped;
        }
        var tel = TEL_URI.matcher(unescaped);
        if (tel.matches()) {
            return globalNumber(tel.group(1).replaceAll("[^+0-9]", ""), value);
        }
        throw error(
                "A USER address must be an escaped sip:, sips: or tel: URI with a user part,"
                        + " such as sip%3Aalice%40ims.example.org",
                value);
    }

    private static String plmnUri(String client, String value) throws PapException {
        if (!PLMN_NUMBER.matcher(client).matches()) {
            throw error("A PLMN address must be + and digits, with - or . between digits", value);
        }
        return globalNumber(client.replaceAll("[.-]", ""), value);
    }

    private static String globalNumber(String number, String value) throws PapException {
        int digits = number.length() - 1;
        if (!number.startsWith("+") || digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw error("A phone number must be + and " + MIN_DIGITS + " to " + MAX_DIGITS + " digits", value);
        }
        return number;
    }

    private static String percentDecode(String escaped, String value) throws PapException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(escaped.length());
        int i = 0;
        while (i < escaped.length()) {
            int c = escaped.codePointAt(i);
            if (c == '%') {
                bytes.write(hexByte(escaped, i + 1, value));
                i += 3;
            } else {
                byte[] utf8 = Character.toString(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw error("address-value escapes bytes that are not UTF-8", value);
        }
    }

    private static int hexByte(String escaped, int start, String value) throws PapException {
        if (start + 2 > escaped.length()) {
            throw error("address-value has a truncated %-escape", value);
        }
        int high = Character.digit(escaped.charAt(start), 16);
        int low = Character.digit(escaped.charAt(start + 1), 16);
        if (high < 0 || low < 0) {
            throw error("address-value has an invalid %-escape", value);
        }
        return high * 16 + low;
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static int lastIndexOfIgnoreCase(String value, String part) {
        for (int i = value.length() - part.length(); i >= 0; i--) {
            if (value.regionMatches(true, i, part, 0, part.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean containsWhitespace(String value) {
        return value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    private static PapException error(String desc, String value) {
        return new PapException(StatusCode.ADDRESS_ERROR, desc, value);
    }
}
