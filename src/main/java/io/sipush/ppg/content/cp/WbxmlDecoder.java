package io.sipush.ppg.content.cp;

import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.END;
import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.ENTITY;
import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.OPAQUE;
import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.STR_I;
import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.STR_T;
import static io.sipush.ppg.content.cp.WbxmlGlobalTokens.SWITCH_PAGE;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes WBXML 1.1–1.3 (WAP-192-WBXML §5) into a {@link WbxmlDocument}, using a
 * {@link WbxmlTokenTable} for the document type's tokens.
 *
 * <p>Supported: the string table (STR_T, and a public identifier given as a string), inline
 * strings (STR_I), character entities (ENTITY), OPAQUE element content, END and SWITCH_PAGE in
 * both code spaces. Rejected with a {@link MalformedWbxmlException} that names the token and
 * its offset: LITERAL tags and attributes, processing instructions, extension tokens, OPAQUE
 * in attribute values, tokens missing from the table, trailing bytes, and nesting deeper than
 * {@value #MAX_DEPTH}.
 */
public final class WbxmlDecoder {

    static final int MAX_DEPTH = 64;
    private static final int OLDEST_VERSION = 0x01;
    private static final int NEWEST_VERSION = 0x03;

    private final WbxmlTokenTable table;

    public WbxmlDecoder(WbxmlTokenTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    public WbxmlDocument decode(byte[] wbxml) throws MalformedWbxmlException {
        return new Parse(new WbxmlReader(wbxml)).document();
    }

    /** The state of one decoding run: cursor, charset, string table and current code pages. */
    private final class Parse {

        private final WbxmlReader reader;
        private Charset charset;
        private byte[] stringTable;
        private int tagPage;
        private int attributePage;

        Parse(WbxmlReader reader) {
            this.reader = reader;
        }

        WbxmlDocument document() throws MalformedWbxmlException {
            int version = readVersion();
            int publicId = reader.readMultiByteInt();
            int publicIdIndex = publicId == 0 ? reader.readMultiByteInt() : -1;
            int charsetCode = readCharset();
            stringTable = reader.readBytes(reader.readMultiByteInt());
            String publicIdText = publicIdIndex < 0 ? null : tableString(publicIdIndex);
            WbxmlElement root = element(1);
            if (!reader.atEnd()) {
                throw new MalformedWbxmlException("unexpected bytes after the root element", reader.position());
            }
            return new WbxmlDocument(version, publicId, publicIdText, charsetCode, root);
        }

        private int readVersion() throws MalformedWbxmlException {
            int version = reader.readByte();
            if (version < OLDEST_VERSION || version > NEWEST_VERSION) {
                throw new MalformedWbxmlException(
                        String.format("WBXML version 0x%02X is not supported (1.1 to 1.3 are)", version), 0);
            }
            return version;
        }

        private int readCharset() throws MalformedWbxmlException {
            int position = reader.position();
            int code = reader.readMultiByteInt();
            charset = WbxmlCharsets.forMibEnum(code)
                    .orElseThrow(() ->
                            new MalformedWbxmlException("charset MIBenum " + code + " is not supported", position));
            return code;
        }

        private WbxmlElement element(int depth) throws MalformedWbxmlException {
            if (depth > MAX_DEPTH) {
                throw new MalformedWbxmlException("elements nest deeper than " + MAX_DEPTH, reader.position());
            }
            int token = readTagToken();
            int identity = token & WbxmlGlobalTokens.TAG_IDENTITY_MASK;
            int position = reader.position() - 1;
            String name =
                    table.tagName(tagPage, identity).orElseThrow(() -> unknown("tag", identity, tagPage, position));
            List<WbxmlAttribute> attributes =
                    (token & WbxmlGlobalTokens.TAG_HAS_ATTRIBUTES) != 0 ? attributes() : List.of();
            List<WbxmlNode> content = (token & WbxmlGlobalTokens.TAG_HAS_CONTENT) != 0 ? content(depth) : List.of();
            return new WbxmlElement(name, attributes, content);
        }

        private int readTagToken() throws MalformedWbxmlException {
            while (reader.peek() == SWITCH_PAGE) {
                reader.readByte();
                tagPage = reader.readByte();
            }
            int position = reader.position();
            int token = reader.readByte();
            if (WbxmlGlobalTokens.isLiteral(token)) {
                throw unsupported("LITERAL tag", token, position);
            }
            if (WbxmlGlobalTokens.isGlobal(token)) {
                throw unsupported("global token where a tag was expected:", token, position);
            }
            return token;
        }

        private List<WbxmlAttribute> attributes() throws MalformedWbxmlException {
            AttributeCollector collector = new AttributeCollector();
            while (true) {
                int position = reader.position();
                int token = reader.readByte();
                if (token == END) {
                    return collector.finish();
                }
                attributeToken(collector, token, position);
            }
        }

        private void attributeToken(AttributeCollector collector, int token, int position)
                throws MalformedWbxmlException {
            if (token == SWITCH_PAGE) {
                attributePage = reader.readByte();
            } else if (token == STR_I || token == STR_T || token == ENTITY) {
                collector.appendValue(stringToken(token), position);
            } else if (token == OPAQUE) {
                throw unsupported("OPAQUE attribute value", token, position);
            } else if (WbxmlGlobalTokens.isLiteral(token)) {
                throw unsupported("LITERAL attribute", token, position);
            } else if (WbxmlGlobalTokens.isGlobal(token)) {
                throw unsupported("token in an attribute list:", token, position);
            } else if (token < WbxmlGlobalTokens.FIRST_ATTRIBUTE_VALUE) {
                collector.start(table.attributeStart(attributePage, token)
                        .orElseThrow(() -> unknown("attribute start", token, attributePage, position)));
            } else {
                collector.appendValue(
                        table.attributeValue(attributePage, token)
                                .orElseThrow(() -> unknown("attribute value", token, attributePage, position)),
                        position);
            }
        }

        private List<WbxmlNode> content(int depth) throws MalformedWbxmlException {
            List<WbxmlNode> nodes = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (true) {
                int token = reader.peek();
                if (isText(token)) {
                    text.append(stringToken(reader.readByte()));
                    continue;
                }
                flushText(text, nodes);
                if (token == END) {
                    reader.readByte();
                    return nodes;
                }
                nodes.add(contentNode(token, depth));
            }
        }

        private WbxmlNode contentNode(int token, int depth) throws MalformedWbxmlException {
            if (token == OPAQUE) {
                reader.readByte();
                return new WbxmlOpaque(reader.readBytes(reader.readMultiByteInt()));
            }
            boolean startsElement =
                    token == SWITCH_PAGE || WbxmlGlobalTokens.isLiteral(token) || !WbxmlGlobalTokens.isGlobal(token);
            if (!startsElement) {
                throw unsupported("token in element content:", token, reader.position());
            }
            return element(depth + 1);
        }

        private boolean isText(int token) {
            return token == STR_I || token == STR_T || token == ENTITY;
        }

        private void flushText(StringBuilder text, List<WbxmlNode> nodes) {
            if (text.length() > 0) {
                nodes.add(new WbxmlText(text.toString()));
                text.setLength(0);
            }
        }

        /** The string an STR_I, STR_T or ENTITY token (already read) stands for. */
        private String stringToken(int token) throws MalformedWbxmlException {
            if (token == STR_I) {
                return reader.readTerminatedString(charset);
            }
            int position = reader.position();
            int operand = reader.readMultiByteInt();
            if (token == STR_T) {
                return tableString(operand);
            }
            if (!Character.isValidCodePoint(operand)) {
                throw new MalformedWbxmlException("ENTITY " + operand + " is not a Unicode code point", position);
            }
            return new String(Character.toChars(operand));
        }

        private String tableString(int offset) throws MalformedWbxmlException {
            return WbxmlReader.stringAt(stringTable, offset, charset, reader.position());
        }

        private MalformedWbxmlException unknown(String kind, int token, int page, int position) {
            return new MalformedWbxmlException(
                    String.format("unknown %s token 0x%02X on code page %d", kind, token, page), position);
        }

        private MalformedWbxmlException unsupported(String what, int token, int position) {
            return new MalformedWbxmlException(String.format("%s 0x%02X is not supported", what, token), position);
        }
    }

    /** Gathers attribute-start and attribute-value pieces into whole attributes (§5.8.3). */
    private static final class AttributeCollector {

        private final List<WbxmlAttribute> attributes = new ArrayList<>();
        private String name;
        private final StringBuilder value = new StringBuilder();

        void start(WbxmlTokenTable.AttributeStart start) {
            flush();
            name = start.name();
            value.append(start.valuePrefix());
        }

        void appendValue(String piece, int position) throws MalformedWbxmlException {
            if (name == null) {
                throw new MalformedWbxmlException("attribute value comes before any attribute start", position);
            }
            value.append(piece);
        }

        List<WbxmlAttribute> finish() {
            flush();
            return attributes;
        }

        private void flush() {
            if (name != null) {
                attributes.add(new WbxmlAttribute(name, value.toString()));
            }
            name = null;
            value.setLength(0);
        }
    }
}
