package io.sipush.ppg.monitoring;

/**
 * A value from outside (a push-id, a PI's desc, an address, a URL, an exception message) made
 * safe for one log line: CR and LF become {@code \r} and {@code \n}, a backslash becomes two,
 * and every other control character (C0, DEL, C1, and the Unicode line and paragraph
 * separators) becomes {@code \}{@code uXXXX}, so nobody can forge log lines. Every log line
 * that carries such a value passes it through {@link #of}.
 */
public final class LogValue {
    private LogValue() {}

    public static String of(Object value) {
        String text = String.valueOf(value);
        if (isClean(text)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            append(escaped, text.charAt(i));
        }
        return escaped.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || needsEscape(c)) {
                return false;
            }
        }
        return true;
    }

    private static void append(StringBuilder escaped, char c) {
        if (c == '\r') {
            escaped.append("\\r");
        } else if (c == '\n') {
            escaped.append("\\n");
        } else if (c == '\\') {
            escaped.append("\\\\");
        } else if (needsEscape(c)) {
            escaped.append(String.format("\\u%04x", (int) c));
        } else {
            escaped.append(c);
        }
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }
}
