package io.sipush.ppg.pap.codec;

import io.sipush.ppg.pap.PapTimestamp;
import io.sipush.ppg.pap.PapVersion;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a PAP document: the XML declaration, the DOCTYPE of its version, and {@code <pap>}
 * around one message element (WAP-247-PAP-20010429-a §9.1). Attribute values are escaped so
 * they read back unchanged; characters XML 1.0 cannot carry become U+FFFD.
 */
final class XmlWriter {

    private static final char REPLACEMENT = '\uFFFD';

    /** An element under construction; null attribute values are left out. */
    static final class Element {
        private final String name;
        private final StringBuilder attributes = new StringBuilder();
        private final List<Element> children = new ArrayList<>();

        Element(String name) {
            this.name = name;
        }

        Element attribute(String attribute, String value) {
            if (value != null) {
                attributes.append(' ').append(attribute).append("=\"");
                escapeInto(value, attributes);
                attributes.append('"');
            }
            return this;
        }

        Element attribute(String attribute, Instant value) {
            return attribute(attribute, value == null ? null : PapTimestamp.format(value));
        }

        /** Writes {@code true}; false is the DTD default and is left out. */
        Element flag(String attribute, boolean value) {
            return value ? attribute(attribute, "true") : this;
        }

        Element child(Element child) {
            children.add(child);
            return this;
        }

        private void writeTo(StringBuilder out, String indent) {
            out.append(indent).append('<').append(name).append(attributes);
            if (children.isEmpty()) {
                out.append("/>\n");
                return;
            }
            out.append(">\n");
            for (Element child : children) {
                child.writeTo(out, indent + "  ");
            }
            out.append(indent).append("</").append(name).append(">\n");
        }
    }

    private XmlWriter() {}

    static Element element(String name) {
        return new Element(name);
    }

    static byte[] document(PapVersion version, Element message) {
        StringBuilder out = new StringBuilder(512)
                .append("<?xml version=\"1.0\"?>\n")
                .append("<!DOCTYPE pap PUBLIC \"")
                .append(version.publicId())
                .append("\" \"")
                .append(version.systemId())
                .append("\">\n")
                .append("<pap>\n");
        message.writeTo(out, "  ");
        return out.append("</pap>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static void escapeInto(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                i += escapeSurrogate(value, i, out);
            } else {
                appendEscaped(c, out);
            }
        }
    }

    /** Appends the character, or its reference, without a String per character. */
    private static void appendEscaped(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\t' -> out.append("&#9;");
            case '\n' -> out.append("&#10;");
            case '\r' -> out.append("&#13;");
            default -> out.append(isXmlChar(c) ? c : REPLACEMENT);
        }
    }

    /** Copies a valid surrogate pair, or replaces a lone surrogate; returns the extra chars. */
    private static int escapeSurrogate(String value, int index, StringBuilder out) {
        char c = value.charAt(index);
        boolean pair = Character.isHighSurrogate(c)
                && index + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(index + 1));
        if (pair) {
            out.append(c).append(value.charAt(index + 1));
            return 1;
        }
        out.append(REPLACEMENT);
        return 0;
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
