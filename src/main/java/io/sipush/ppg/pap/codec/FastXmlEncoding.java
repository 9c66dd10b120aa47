package io.sipush.ppg.pap.codec;

import static io.sipush.ppg.pap.codec.OutsideFastPath.require;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a control entity for {@link FastXmlReader}: UTF-8 unless its XML declaration
 * (§2.8, §4.3.3) names US-ASCII or ISO-8859-1. A byte order mark, any other encoding, XML 1.1,
 * a malformed byte sequence or a character outside Char (§2.2) leaves the fast path.
 */
final class FastXmlEncoding {

    private static final byte[] DECLARATION_START = {'<', '?', 'x', 'm', 'l'};
    private static final Map<String, Charset> CHARSETS = Map.of(
            "UTF-8", StandardCharsets.UTF_8,
            "US-ASCII", StandardCharsets.US_ASCII,
            "ISO-8859-1", StandardCharsets.ISO_8859_1);

    /** The bits a byte of 0x00 to 0x1F lacks (a negative byte has them all). */
    private static final int C0_CONTROL_MASK = 0xE0;

    private static final FastXmlCursor.AsciiSet LITERAL = new FastXmlCursor.AsciiSet(".-");

    private FastXmlEncoding() {}

    /** A cursor on the decoded document, just after its XML declaration if it has one. */
    static FastXmlCursor open(byte[] xml) {
        int declarationEnd = declarationEnd(xml);
        Charset charset = declarationEnd == 0
                ? StandardCharsets.UTF_8
                : declaredCharset(new String(xml, 0, declarationEnd, StandardCharsets.ISO_8859_1));
        return new FastXmlCursor(decode(xml, charset), declarationEnd);
    }

    /** The index after the XML declaration's {@code ?>}, or 0 when there is no declaration. */
    private static int declarationEnd(byte[] xml) {
        if (xml.length <= DECLARATION_START.length) {
            return 0;
        }
        for (int i = 0; i < DECLARATION_START.length; i++) {
            if (xml[i] != DECLARATION_START[i]) {
                return 0;
            }
        }
        if (!FastXmlCursor.isXmlWhitespace((char) xml[DECLARATION_START.length])) {
            return 0;
        }
        for (int i = DECLARATION_START.length; i < xml.length - 1; i++) {
            if (xml[i] == '?' && xml[i + 1] == '>') {
                return i + 2;
            }
        }
        throw OutsideFastPath.INSTANCE;
    }

    /** Reads {@code <?xml version="1.0" encoding="..." standalone="..."?>}. */
    private static Charset declaredCharset(String declaration) {
        FastXmlCursor cursor = new FastXmlCursor(declaration, DECLARATION_START.length);
        cursor.requireWhitespace();
        cursor.expect("version");
        cursor.equalsSign();
        require(cursor.literal(LITERAL).equals("1.0"));
        Charset charset = StandardCharsets.UTF_8;
        boolean space = cursor.skipWhitespace();
        if (space && cursor.at("encoding")) {
            cursor.expect("encoding");
            cursor.equalsSign();
            charset = CHARSETS.get(cursor.literal(LITERAL).toUpperCase(Locale.ROOT));
            require(charset != null);
            space = cursor.skipWhitespace();
        }
        if (space && cursor.at("standalone")) {
            cursor.expect("standalone");
            cursor.equalsSign();
            String standalone = cursor.literal(LITERAL);
            require(standalone.equals("yes") || standalone.equals("no"));
            cursor.skipWhitespace();
        }
        cursor.expect("?>");
        require(cursor.atEnd());
        return charset;
    }

    /**
     * Decodes, requiring every character to be a Char (§2.2). The C0 controls are single bytes
     * in all three encodings. Decoding non-ASCII bytes as UTF-8 or US-ASCII can give only one
     * other character outside Char, U+FFFD, where the bytes were malformed (the legal U+FFFD is
     * refused with it), and U+FFFE or U+FFFF; the surrogates it gives always come in pairs.
     */
    private static String decode(byte[] xml, Charset charset) {
        int allBits = 0;
        for (byte b : xml) {
            if ((b & C0_CONTROL_MASK) == 0 && b != '\n' && b != '\t' && b != '\r') {
                throw OutsideFastPath.INSTANCE;
            }
            allBits |= b;
        }
        String text = new String(xml, charset);
        boolean ascii = allBits >= 0;
        if (!ascii && charset != StandardCharsets.ISO_8859_1) {
            for (int i = 0; i < text.length(); i++) {
                require(text.charAt(i) < 0xFFFD);
            }
        }
        return text;
    }
}
