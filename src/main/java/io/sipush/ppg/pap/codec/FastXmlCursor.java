package io.sipush.ppg.pap.codec;

import static io.sipush.ppg.pap.codec.OutsideFastPath.require;

/**
 * A position in a decoded control entity, and the lexical pieces of XML 1.0 that
 * {@link FastXmlReader} accepts: ASCII names, white space, quoted literals, comments,
 * processing instructions, CDATA sections, character data and attribute values with the five
 * predefined entities and character references. Anything else throws {@link OutsideFastPath}.
 */
final class FastXmlCursor {

    /** Far below the JDK parser's own limits (jdk.xml.maxXMLNameLimit, entityExpansionLimit). */
    private static final int MAX_NAME = 256;

    private static final int MAX_REFERENCES = 4096;
    private static final int MAX_REFERENCE_DIGITS = 7;

    private static final String[] PREDEFINED_NAMES = {"amp", "lt", "gt", "quot", "apos"};
    private static final char[] PREDEFINED_CHARACTERS = {'&', '<', '>', '"', '\''};

    private final String text;
    private int pos;
    private int references;

    FastXmlCursor(String text, int pos) {
        this.text = text;
        this.pos = pos;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    boolean at(String s) {
        return text.startsWith(s, pos);
    }

    void expect(char c) {
        require(at(c));
        pos++;
    }

    void expect(String s) {
        require(at(s));
        pos += s.length();
    }

    /** Skips XML white space (§2.3 S); true when there was some. */
    boolean skipWhitespace() {
        int start = pos;
        while (pos < text.length() && isXmlWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    void requireWhitespace() {
        require(skipWhitespace());
    }

    /** An XML name made of ASCII letters, digits and {@code _ : . -}. */
    String name() {
        int start = pos;
        require(pos < text.length() && isNameStart(text.charAt(pos)));
        pos++;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        require(pos - start <= MAX_NAME);
        return text.substring(start, pos);
    }

    /** Reads the end tag of the element with this name, from its {@code </}. */
    void endTag(String name) {
        expect("</");
        expect(name);
        require(pos >= text.length() || !isNameChar(text.charAt(pos)));
        skipWhitespace();
        expect('>');
    }

    /** Eq (§2.8): an equals sign with optional white space around it. */
    void equalsSign() {
        skipWhitespace();
        expect('=');
        skipWhitespace();
    }

    /** A quoted literal whose characters all pass the filter; returned without its quotes. */
    String literal(AsciiSet allowed) {
        char quote = quote();
        int end = text.indexOf(quote, pos);
        require(end >= 0);
        for (int i = pos; i < end; i++) {
            require(allowed.contains(text.charAt(i)));
        }
        String value = text.substring(pos, end);
        pos = end + 1;
        return value;
    }

    /** Skips a comment, from its {@code <!--}; "--" may not occur inside (§2.5). */
    void skipComment() {
        int start = pos + "<!--".length();
        int end = text.indexOf("--", start);
        require(end >= 0 && text.startsWith("-->", end));
        requireNoMarkupStart(start, end);
        pos = end + 3;
    }

    /**
     * Reads a processing instruction from its {@code <?}: returns its data (without the white
     * space after the target) when its target is the one wanted, else null.
     */
    String processingInstruction(String wantedTarget) {
        pos += 2;
        String target = name();
        require(!target.equalsIgnoreCase("xml") && target.indexOf(':') < 0);
        int end = text.indexOf("?>", pos);
        require(end >= 0);
        require(end == pos || skipWhitespace());
        requireNoMarkupStart(pos, end);
        String data = target.equals(wantedTarget) ? text.substring(pos, end) : null;
        pos = end + 2;
        return data;
    }

    /** Reads a CDATA section from its {@code <![CDATA[}; true when it holds more than white space. */
    boolean cdataSection() {
        int start = pos + "<![CDATA[".length();
        int end = text.indexOf("]]>", start);
        require(end >= 0);
        requireNoMarkupStart(start, end);
        pos = end + 3;
        return !isBlank(start, end);
    }

    /** Reads character data up to the next markup; true when it holds more than white space. */
    boolean characterData() {
        boolean nonBlank = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '<') {
                break;
            }
            if (c == '&') {
                nonBlank |= !Character.isWhitespace(reference());
            } else {
                require(c != ']' || !at("]]>"));
                nonBlank |= !Character.isWhitespace(c);
                pos++;
            }
        }
        return nonBlank;
    }

    /**
     * An attribute value, normalised as §3.3.3 says for CDATA attributes (the only type there is
     * without a DTD): each literal white space character becomes a space, a line end counting
     * as one; references are replaced, and what they stand for is kept as it is.
     */
    String attributeValue() {
        char quote = quote();
        int end = text.indexOf(quote, pos);
        require(end >= 0);
        if (isPlain(pos, end)) {
            String value = text.substring(pos, end);
            pos = end + 1;
            return value;
        }
        StringBuilder value = new StringBuilder(end - pos);
        while (pos < end) {
            appendNormalised(value);
        }
        pos = end + 1;
        return value.toString();
    }

    private void appendNormalised(StringBuilder value) {
        char c = text.charAt(pos);
        require(c != '<');
        if (c == '&') {
            value.appendCodePoint(reference());
            return;
        }
        pos++;
        if (c == '\r' && at('\n')) {
            pos++;
        }
        value.append(isXmlWhitespace(c) ? ' ' : c);
    }

    /** Reads a reference from its {@code &}, returning the character it stands for (§4.1, §4.6). */
    private int reference() {
        require(++references <= MAX_REFERENCES);
        pos++;
        int character = at('#') ? characterReference() : predefinedEntity();
        expect(';');
        return character;
    }

    private int characterReference() {
        pos++;
        boolean hex = at('x');
        if (hex) {
            pos++;
        }
        int start = pos;
        while (pos < text.length() && isDigit(text.charAt(pos), hex)) {
            pos++;
        }
        require(pos > start && pos - start <= MAX_REFERENCE_DIGITS);
        int character = Integer.parseInt(text, start, pos, hex ? 16 : 10);
        require(isXmlChar(character));
        return character;
    }

    private int predefinedEntity() {
        for (int i = 0; i < PREDEFINED_NAMES.length; i++) {
            if (at(PREDEFINED_NAMES[i])) {
                pos += PREDEFINED_NAMES[i].length();
                return PREDEFINED_CHARACTERS[i];
            }
        }
        throw OutsideFastPath.INSTANCE;
    }

    private char quote() {
        require(at('"') || at('\''));
        return text.charAt(pos++);
    }

    /**
     * The fast path stands in for TruncatedProlog too, which reads the raw text and would take
     * a {@code <?} or {@code <!DOCTYPE} inside a comment, CDATA section or instruction for markup.
     */
    private void requireNoMarkupStart(int start, int end) {
        for (int i = start; i < end; i++) {
            require(text.charAt(i) != '<');
        }
    }

    private boolean isPlain(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c < ' ') {
                return false;
            }
        }
        return true;
    }

    /** Blank as {@link String#isBlank()} sees it, which is what the SAX path asks. */
    private boolean isBlank(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isXmlWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** Char (§2.2). */
    static boolean isXmlChar(int c) {
        return c >= 0x20 && c <= 0xD7FF
                || c == '\n'
                || c == '\t'
                || c == '\r'
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static boolean isDigit(char c, boolean hex) {
        return c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':';
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
    }

    /** The ASCII characters a literal may hold: letters, digits and the ones named. */
    static final class AsciiSet {
        private final boolean[] members = new boolean[128];

        AsciiSet(String others) {
            for (char c = '0'; c <= 'z'; c++) {
                members[c] = Character.isLetterOrDigit(c);
            }
            others.chars().forEach(c -> members[c] = true);
        }

        boolean contains(char c) {
            return c < members.length && members[c];
        }
    }
}
