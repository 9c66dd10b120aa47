package io.sipush.ppg.pap.mime;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.StatusCode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Content-Type value, {@code type/subtype} with parameters whose values may be quoted
 * (RFC 2045 §5.1). Type and parameter names are compared without regard to case.
 */
final class MediaType {

    private static final String TSPECIALS = "()<>@,;:\\\"/[]?=";

    private final String type;
    private final Map<String, String> parameters;

    private MediaType(String type, Map<String, String> parameters) {
        this.type = type;
        this.parameters = parameters;
    }

    /** @throws PapException 2000 naming the header when the value is malformed */
    static MediaType parse(String value, String headerName) throws PapException {
        Scanner scanner = new Scanner(value == null ? "" : value, headerName);
        String type = scanner.token() + "/";
        scanner.expect('/');
        type += scanner.token();
        Map<String, String> parameters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        while (scanner.skip(';')) {
            if (scanner.atEnd()) {
                break;
            }
            String name = scanner.token();
            scanner.expect('=');
            parameters.put(name, scanner.tokenOrQuoted());
        }
        scanner.requireEnd();
        return new MediaType(type.toLowerCase(Locale.ROOT), parameters);
    }

    /** {@code type/subtype} in lower case. */
    String type() {
        return type;
    }

    boolean is(String expectedType) {
        return type.equalsIgnoreCase(expectedType);
    }

    String parameter(String name) {
        return parameters.get(name);
    }

    /** A cursor over the header value. */
    private static final class Scanner {
        private final String text;
        private final String headerName;
        private int position;

        Scanner(String text, String headerName) {
            this.text = text;
            this.headerName = headerName;
        }

        String token() throws PapException {
            skipBlanks();
            int start = position;
            while (position < text.length() && isTokenChar(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw malformed();
            }
            return text.substring(start, position);
        }

        /** A quoted string, or (leniently) any run of visible characters but {@code ;}. */
        String tokenOrQuoted() throws PapException {
            skipBlanks();
            if (position < text.length() && text.charAt(position) == '"') {
                return quoted();
            }
            int start = position;
            while (position < text.length() && isValueChar(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw malformed();
            }
            return text.substring(start, position);
        }

        void expect(char c) throws PapException {
            if (!skip(c)) {
                throw malformed();
            }
        }

        boolean skip(char c) {
            skipBlanks();
            if (position < text.length() && text.charAt(position) == c) {
                position++;
                return true;
            }
            return false;
        }

        boolean atEnd() {
            skipBlanks();
            return position == text.length();
        }

        void requireEnd() throws PapException {
            if (!atEnd()) {
                throw malformed();
            }
        }

        private String quoted() throws PapException {
            StringBuilder value = new StringBuilder();
            position++;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && position < text.length()) {
                    c = text.charAt(position++);
                }
                value.append(c);
            }
            throw malformed();
        }

        private void skipBlanks() {
            while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
                position++;
            }
        }

        private static boolean isValueChar(char c) {
            return c > 0x20 && c < 0x7F && c != ';' && c != '"';
        }

        private static boolean isTokenChar(char c) {
            return c > 0x20 && c < 0x7F && TSPECIALS.indexOf(c) < 0;
        }

        private PapException malformed() {
            return new PapException(
                    StatusCode.BAD_REQUEST, "Malformed " + headerName + " header", headerName + ": " + text);
        }
    }
}
