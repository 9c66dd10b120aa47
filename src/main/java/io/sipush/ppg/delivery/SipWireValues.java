package io.sipush.ppg.delivery;

/**
 * Values that a SIP answer brings from the wire, made fit for the delivery's columns before they
 * become an outcome (DESIGN.md §4 "Trust and hostile input on the SIP side"). RFC 3261 §25.1
 * puts no limit on a Reason-Phrase or a Contact, so a terminal can send any length; the stored
 * delivery has {@code REASON VARCHAR(512)} and {@code REDIRECTURI VARCHAR(1024)}.
 *
 * <ul>
 *   <li>A reason phrase keeps its first {@value #MAX_REASON_PHRASE} characters, control
 *       characters turned into blanks: the engine writes it after a prefix such as {@code
 *       "retries used up; last answer SIP 480 "}, and the whole must fit the REASON column.
 *   <li>A 3xx Contact longer than {@value #MAX_REDIRECT_CONTACT} characters is not followed: a
 *       clipped URI would name some other place.
 * </ul>
 */
public final class SipWireValues {
    /** The longest reason phrase kept; the REASON column (512) leaves room for the engine's prefix. */
    public static final int MAX_REASON_PHRASE = 256;
    /** The REDIRECTURI column. */
    public static final int MAX_REDIRECT_CONTACT = 1024;

    private SipWireValues() {}

    /** The reason phrase as the outcome keeps it: at most {@value #MAX_REASON_PHRASE} printable characters. */
    public static String reasonPhrase(String fromTheWire) {
        if (fromTheWire == null) {
            return null;
        }
        String clipped =
                fromTheWire.length() > MAX_REASON_PHRASE ? fromTheWire.substring(0, MAX_REASON_PHRASE) : fromTheWire;
        return printable(clipped);
    }

    /** The 3xx Contact to follow, or null when there is none or it does not fit its column. */
    public static String redirectContact(String fromTheWire) {
        if (fromTheWire == null || fromTheWire.isBlank() || fromTheWire.length() > MAX_REDIRECT_CONTACT) {
            return null;
        }
        return hasControlCharacters(fromTheWire) ? null : fromTheWire;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
