package io.sipush.ppg.pap.codec;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.StatusCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.Locator2;

/**
 * Parses a control entity with the JDK's SAX parser, configured securely: no DTD or external
 * entity is ever loaded, and a DOCTYPE whose internal subset declares anything (an entity, an
 * element, an attribute list or a notation) is refused with 2000 as soon as the declaration is
 * seen (no billion laughs, no attribute-default bomb). A reference to an undeclared entity is
 * refused too. No DTD validation happens here. Every parse has a budget: at most {@link
 * #MAX_ELEMENTS} elements, {@link #MAX_ATTRIBUTES} attributes on one element, {@link #MAX_DEPTH}
 * levels and {@link #MAX_PARSE_NANOS} of time; beyond it the document is refused with 2000.
 *
 * <p>A reused parser keeps the names it has seen (Xerces' symbol table): the table is reset for
 * each parse ({@code jdk.xml.resetSymbolTable}), and a parser is dropped after a failed parse and
 * once it has seen {@link #MAX_NAMES_PER_PARSER} names, so that distinct names cannot grow the
 * heap.
 *
 * <p>Most control entities are simple enough for {@link FastXmlReader}, which gives the same
 * document several times faster; whatever it is unsure of goes through the SAX parser.
 */
final class SecureXmlParser {

    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
    private static final String DECLARATION_HANDLER = "http://xml.org/sax/properties/declaration-handler";

    /** A push to 1,000 addresses has about 1,010 elements. */
    static final int MAX_ELEMENTS = 20_000;

    static final int MAX_ATTRIBUTES = 256;
    static final int MAX_DEPTH = 64;
    static final int MAX_NAMES_PER_PARSER = 100_000;
    static final long MAX_PARSE_NANOS = 2_000_000_000L;

    private static final String RESET_SYMBOL_TABLE = "jdk.xml.resetSymbolTable";

    private final SAXParserFactory factory;
    /**
     * One parser per thread, reset before each use: building a parser costs more than parsing a
     * control entity, and the factory is not thread-safe.
     */
    private final ThreadLocal<ReusedParser> parsers = ThreadLocal.withInitial(this::newParser);

    SecureXmlParser() {
        try {
            factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            factory.setFeature(RESET_SYMBOL_TABLE, true);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's SAX parser cannot be secured", e);
        }
    }

    ParsedDocument parse(byte[] xml) throws PapException {
        Optional<ParsedDocument> simple = FastXmlReader.read(xml);
        return simple.isPresent() ? simple.get() : parseWithoutFastPath(xml);
    }

    /** The parse without {@link FastXmlReader}'s fast path, as the differential test needs it. */
    ParsedDocument parseWithoutFastPath(byte[] xml) throws PapException {
        TruncatedProlog.refuse(xml);
        Handler handler = new Handler();
        ReusedParser parser = parsers.get();
        boolean parsed = false;
        try {
            newReader(parser.sax, handler).parse(new InputSource(new ByteArrayInputStream(xml)));
            parsed = true;
        } catch (Refused refused) {
            throw refused.papException;
        } catch (SAXParseException e) {
            throw new PapException(
                    StatusCode.BAD_REQUEST,
                    "Malformed XML at line "
                            + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                            + e.getMessage(),
                    lineOf(xml, e.getLineNumber()));
        } catch (SAXException | IOException e) {
            throw new PapException(StatusCode.BAD_REQUEST, "Malformed XML: " + e.getMessage(), head(xml));
        } finally {
            parser.namesSeen += handler.names;
            if (!parsed || parser.namesSeen > MAX_NAMES_PER_PARSER) {
                parsers.remove();
            }
        }
        if (handler.root == null) {
            throw new PapException(StatusCode.BAD_REQUEST, "The document has no root element");
        }
        if (handler.hasExternalSubset()) {
            refuseUndeclaredEntities(xml, handler.encoding());
        }
        if (handler.doctype != null) {
            handler.readSubsetVersions(new String(xml, handler.encoding()));
        }
        return new ParsedDocument(handler.doctype, handler.supportedVersions, handler.root);
    }

    private ReusedParser newParser() {
        try {
            synchronized (factory) {
                return new ReusedParser(factory.newSAXParser());
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parser this thread would use next (for tests of its reuse). */
    SAXParser currentParser() {
        return parsers.get().sax;
    }

    private static XMLReader newReader(SAXParser parser, Handler handler) throws SAXException {
        parser.reset();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        XMLReader reader = parser.getXMLReader();
        reader.setProperty(LEXICAL_HANDLER, handler);
        reader.setProperty(DECLARATION_HANDLER, handler);
        reader.setContentHandler(handler);
        reader.setDTDHandler(handler);
        reader.setErrorHandler(handler);
        reader.setEntityResolver(handler);
        return reader;
    }

    private static void refuseUndeclaredEntities(byte[] xml, Charset encoding) throws PapException {
        Optional<String> name = UndeclaredEntities.find(new String(xml, encoding));
        if (name.isPresent()) {
            throw new PapException(
                    StatusCode.BAD_REQUEST,
                    "The document refers to the undeclared entity " + name.get(),
                    "&" + name.get() + ";");
        }
    }

    private static String lineOf(byte[] xml, int lineNumber) {
        String[] lines = new String(xml, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        if (lineNumber < 1 || lineNumber > lines.length) {
            return head(xml);
        }
        return lines[lineNumber - 1].strip();
    }

    private static String head(byte[] xml) {
        int length = Math.min(xml.length, PapException.MAX_FRAGMENT_LENGTH);
        return new String(xml, 0, length, StandardCharsets.UTF_8);
    }

    /** A thread's parser and how many element and attribute names it has read. */
    private static final class ReusedParser {
        private final SAXParser sax;
        private long namesSeen;

        ReusedParser(SAXParser sax) {
            this.sax = sax;
        }
    }

    /** Stops the parse with the PAP failure it carries. */
    private static final class Refused extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient PapException papException;

        Refused(PapException papException) {
            super(papException.getMessage());
            this.papException = papException;
        }
    }

    private static final class Handler extends DefaultHandler2 {
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private final List<String> supportedVersions = new ArrayList<>();
        private ParsedDocument.Doctype doctype;
        private XmlElement root;
        private Locator locator;
        private final long deadline = System.nanoTime() + MAX_PARSE_NANOS;
        private int elements;
        private long names;

        boolean hasExternalSubset() {
            return doctype != null && (doctype.publicId() != null || doctype.systemId() != null);
        }

        /** The encoding the parser used; UTF-8 when it does not say or Java lacks it. */
        Charset encoding() {
            String name = locator instanceof Locator2 ? ((Locator2) locator).getEncoding() : null;
            try {
                return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            locator = documentLocator;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) {
            doctype = new ParsedDocument.Doctype(name, publicId, systemId);
        }

        /**
         * Adds the wap-pap-ver instructions of the internal subset, where PAP's own examples put
         * them; the parser reports only those outside the DTD.
         */
        void readSubsetVersions(String document) {
            for (String data : InternalSubset.processingInstructions(document, WapPapVer.TARGET)) {
                addSupportedVersions(data);
            }
        }

        private void addSupportedVersions(String data) {
            WapPapVer.addSupportedVersions(data, supportedVersions);
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw refuseEntity("<!ENTITY " + entityName(name) + " \"" + value + "\">");
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw refuseEntity("<!ENTITY " + entityName(name) + " SYSTEM \"" + systemId + "\">");
        }

        @Override
        public void unparsedEntityDecl(String name, String publicId, String systemId, String notation)
                throws SAXException {
            throw refuseEntity("<!ENTITY " + name + " SYSTEM \"" + systemId + "\" NDATA " + notation + ">");
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            throw new Refused(new PapException(
                    StatusCode.BAD_REQUEST, "The document refers to the undeclared entity " + name, "&" + name + ";"));
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public InputSource getExternalSubset(String name, String baseUri) {
            return null;
        }

        @Override
        public void elementDecl(String name, String model) throws SAXException {
            throw refuseDeclaration("<!ELEMENT " + name + " " + model + ">");
        }

        @Override
        public void attributeDecl(String element, String attribute, String type, String mode, String value)
                throws SAXException {
            throw refuseDeclaration("<!ATTLIST " + element + " " + attribute + " " + type + ">");
        }

        @Override
        public void notationDecl(String name, String publicId, String systemId) throws SAXException {
            throw refuseDeclaration("<!NOTATION " + name + ">");
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            spend(attributes.getLength());
            XmlElement element = new XmlElement(qName, toMap(attributes));
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().addChild(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] text, int start, int length) throws SAXException {
            requireTimeLeft();
            if (!open.isEmpty() && !new String(text, start, length).isBlank()) {
                open.peek().markText();
            }
        }

        @Override
        public void processingInstruction(String target, String data) {
            if (WapPapVer.TARGET.equals(target)) {
                addSupportedVersions(data);
            }
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        /** Counts one element against the budget of the parse. */
        private void spend(int attributeCount) throws SAXException {
            names += 1 + attributeCount;
            if (++elements > MAX_ELEMENTS) {
                throw overBudget("it has more than " + MAX_ELEMENTS + " elements");
            }
            if (attributeCount > MAX_ATTRIBUTES) {
                throw overBudget("an element has more than " + MAX_ATTRIBUTES + " attributes");
            }
            if (open.size() >= MAX_DEPTH) {
                throw overBudget("it is nested deeper than " + MAX_DEPTH + " levels");
            }
            requireTimeLeft();
        }

        private void requireTimeLeft() throws SAXException {
            if (System.nanoTime() - deadline > 0) {
                throw overBudget("parsing it took longer than " + MAX_PARSE_NANOS / 1_000_000 + " ms");
            }
        }

        private static Refused overBudget(String why) {
            return new Refused(new PapException(StatusCode.BAD_REQUEST, "The control entity is refused: " + why, null));
        }

        private static Refused refuseDeclaration(String declaration) {
            return new Refused(new PapException(
                    StatusCode.BAD_REQUEST,
                    "The DOCTYPE's internal subset declares " + declaration
                            + "; declarations in the internal subset are refused",
                    declaration));
        }

        private static Map<String, String> toMap(Attributes attributes) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                map.put(attributes.getQName(i), attributes.getValue(i));
            }
            return map;
        }

        private static String entityName(String name) {
            return name.startsWith("%") ? "% " + name.substring(1) : name;
        }

        private static Refused refuseEntity(String declaration) {
            return new Refused(new PapException(
                    StatusCode.BAD_REQUEST,
                    "The DOCTYPE declares an entity; entity declarations are refused",
                    declaration));
        }
    }
}
