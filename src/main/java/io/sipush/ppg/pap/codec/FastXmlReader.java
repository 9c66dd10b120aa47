package io.sipush.ppg.pap.codec;

import static io.sipush.ppg.pap.codec.OutsideFastPath.require;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fast path for {@link SecureXmlParser}: a strict, non-validating reader of the simple XML
 * that control entities are made of. It gives the very document the SAX path would, or
 * {@link Optional#empty()} for anything outside its subset, which the SAX path then parses
 * (and refuses, with its own error). It never resolves or loads anything: a DOCTYPE's
 * internal subset may hold only comments, processing instructions and white space, and the
 * only entities are the five predefined ones. What it reads passes TruncatedProlog, which
 * therefore runs on the SAX path only.
 */
final class FastXmlReader {

    /** Far below the JDK parser's limits; control entities are three or four levels deep. */
    private static final int MAX_DEPTH = SecureXmlParser.MAX_DEPTH;

    private static final int MAX_ATTRIBUTES = SecureXmlParser.MAX_ATTRIBUTES;

    /** Beyond the SAX path's budget the SAX path refuses the document. */
    private static final int MAX_ELEMENTS = SecureXmlParser.MAX_ELEMENTS;

    /**
     * PubidChar (§2.3) without line ends and tabs; with only single spaces between other
     * characters (isNormalisedPublicId), the SAX parser's normalisation leaves it as it is.
     */
    private static final FastXmlCursor.AsciiSet PUBLIC_ID = new FastXmlCursor.AsciiSet(" -'()+,./:=?;!*#@$_%");

    /**
     * The characters of URLs, without fragment, quotes, brackets or ampersand: nothing the
     * SAX path's own scans of the raw text (TruncatedProlog, InternalSubset,
     * UndeclaredEntities) could read as markup.
     */
    private static final FastXmlCursor.AsciiSet SYSTEM_ID = new FastXmlCursor.AsciiSet("-._~:/?@!$()*+,;=%");

    private final FastXmlCursor cursor;
    private final List<String> supportedVersions = new ArrayList<>();
    private final List<String> subsetVersions = new ArrayList<>();
    private ParsedDocument.Doctype doctype;
    private int elements;

    private FastXmlReader(FastXmlCursor cursor) {
        this.cursor = cursor;
    }

    /** The document, or empty when the SAX path must decide. */
    static Optional<ParsedDocument> read(byte[] xml) {
        try {
            return Optional.of(new FastXmlReader(FastXmlEncoding.open(xml)).document());
        } catch (OutsideFastPath e) {
            return Optional.empty();
        }
    }

    private ParsedDocument document() {
        misc();
        if (cursor.at("<!DOCTYPE")) {
            doctype();
            misc();
        }
        XmlElement root = rootElement();
        misc();
        require(cursor.atEnd());
        // The SAX path adds the internal subset's instructions after the parse, so last.
        supportedVersions.addAll(subsetVersions);
        return new ParsedDocument(doctype, supportedVersions, root);
    }

    /** Misc (§2.8): white space, comments and processing instructions outside the root. */
    private void misc() {
        while (true) {
            cursor.skipWhitespace();
            if (cursor.at("<!--")) {
                cursor.skipComment();
            } else if (cursor.at("<?")) {
                documentInstruction();
            } else {
                return;
            }
        }
    }

    /** The SAX parser normalises line ends in the data of the instructions it reports (§2.11). */
    private void documentInstruction() {
        String data = cursor.processingInstruction(WapPapVer.TARGET);
        if (data != null) {
            WapPapVer.addSupportedVersions(normaliseLineEnds(data), supportedVersions);
        }
    }

    /** Instructions of the internal subset are read from the raw text, as InternalSubset does. */
    private void subsetInstruction() {
        String data = cursor.processingInstruction(WapPapVer.TARGET);
        if (data != null) {
            WapPapVer.addSupportedVersions(data, subsetVersions);
        }
    }

    /** doctypedecl (§2.8) with an external ID and an internal subset free of declarations. */
    private void doctype() {
        cursor.expect("<!DOCTYPE");
        cursor.requireWhitespace();
        String name = cursor.name();
        String publicId = null;
        String systemId = null;
        boolean space = cursor.skipWhitespace();
        if (space && cursor.at("PUBLIC")) {
            cursor.expect("PUBLIC");
            cursor.requireWhitespace();
            publicId = cursor.literal(PUBLIC_ID);
            require(isNormalisedPublicId(publicId));
            cursor.requireWhitespace();
            systemId = cursor.literal(SYSTEM_ID);
            cursor.skipWhitespace();
        } else if (space && cursor.at("SYSTEM")) {
            cursor.expect("SYSTEM");
            cursor.requireWhitespace();
            systemId = cursor.literal(SYSTEM_ID);
            cursor.skipWhitespace();
        }
        if (cursor.at('[')) {
            internalSubset();
            cursor.skipWhitespace();
        }
        cursor.expect('>');
        doctype = new ParsedDocument.Doctype(name, publicId, systemId);
    }

    private void internalSubset() {
        cursor.expect('[');
        while (true) {
            cursor.skipWhitespace();
            if (cursor.at(']')) {
                cursor.expect(']');
                return;
            } else if (cursor.at("<!--")) {
                cursor.skipComment();
            } else {
                require(cursor.at("<?"));
                subsetInstruction();
            }
        }
    }

    private XmlElement rootElement() {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = element(open);
        while (!open.isEmpty()) {
            content(open);
        }
        return root;
    }

    /** One piece of the content (§3.1) of the innermost open element. */
    private void content(Deque<XmlElement> open) {
        if (cursor.characterData()) {
            open.peek().markText();
        }
        if (cursor.at("</")) {
            cursor.endTag(open.pop().name());
        } else if (cursor.at("<!--")) {
            cursor.skipComment();
        } else if (cursor.at("<![CDATA[")) {
            if (cursor.cdataSection()) {
                open.peek().markText();
            }
        } else if (cursor.at("<?")) {
            documentInstruction();
        } else {
            element(open);
        }
    }

    /** Reads a start tag or an empty-element tag; the element stays open after a start tag. */
    private XmlElement element(Deque<XmlElement> open) {
        cursor.expect('<');
        require(++elements <= MAX_ELEMENTS);
        XmlElement element = new XmlElement(cursor.name(), attributes());
        if (!open.isEmpty()) {
            open.peek().addChild(element);
        }
        if (cursor.at("/>")) {
            cursor.expect("/>");
        } else {
            cursor.expect('>');
            open.push(element);
            require(open.size() <= MAX_DEPTH);
        }
        return element;
    }

    private Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        while (cursor.skipWhitespace() && !cursor.at('>') && !cursor.at("/>")) {
            String name = cursor.name();
            cursor.equalsSign();
            require(attributes.put(name, cursor.attributeValue()) == null);
            require(attributes.size() <= MAX_ATTRIBUTES);
        }
        return attributes;
    }

    private static String normaliseLineEnds(String data) {
        return data.indexOf('\r') < 0 ? data : data.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isNormalisedPublicId(String publicId) {
        return !publicId.startsWith(" ") && !publicId.endsWith(" ") && !publicId.contains("  ");
    }
}
