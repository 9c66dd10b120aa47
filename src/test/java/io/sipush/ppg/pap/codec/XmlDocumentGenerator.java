package io.sipush.ppg.pap.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random small XML documents built from the pieces where a hand-written reader and the SAX
 * parser could disagree: declarations, DOCTYPEs, instructions, comments, references, white
 * space, CDATA and names, each now and then slightly wrong. For the differential test of
 * {@link FastXmlReader}; deterministic for a given {@link Random}.
 */
final class XmlDocumentGenerator {

    private static final String[] DECLARATIONS = {
        "",
        "",
        "<?xml version=\"1.0\"?>",
        "<?xml version='1.0' encoding='UTF-8'?>\n",
        "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\r\n",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
        "<?xml version=\"1.0\" encoding=\"US-ASCII\" ?>",
        "<?xml\tversion = \"1.0\"\nencoding = 'iso-8859-1'\r\nstandalone='yes'?>"
    };
    private static final String[] ODD_DECLARATIONS = {
        "<?xml version=\"1.1\"?>",
        "<?xml version=\"1.0\" standalone=\"maybe\"?>",
        "<?xml version=\"1.0\" encoding=\"windows-1252\"?>",
        "<?xml encoding=\"UTF-8\"?>",
        "<?xml version=\"1.0\"encoding=\"UTF-8\"?>",
        " <?xml version=\"1.0\"?>"
    };
    private static final String[] DOCTYPES = {
        "",
        "",
        "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 2.1//EN\" \"http://www.openmobilealliance.org/tech/DTD/pap_2.1.dtd\">",
        "<!DOCTYPE pap PUBLIC '-//WAPFORUM//DTD PAP 2.0//EN'\n  'http://www.wapforum.org/DTD/pap_2.0.dtd'>",
        "<!DOCTYPE pap SYSTEM \"http://www.wapforum.org/DTD/pap_1.0.dtd\">",
        "<!DOCTYPE pap>",
        "<!DOCTYPE pap [%s]>",
        "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 2.0//EN\" \"pap.dtd\" [%s] >",
        "<!DOCTYPE pap SYSTEM 'pap.dtd'[%s]>"
    };
    private static final String[] ODD_DOCTYPES = {
        "<!DOCTYPE pap PUBLIC \"\" \"\">",
        "<!DOCTYPE pap SYSTEM \"\">",
        "<!DOCTYPE pap PUBLIC \"-//A//B  C//EN\" \"x\">",
        "<!DOCTYPE pap PUBLIC \"-//A//B\tC//EN\" \"x\">",
        "<!DOCTYPE pap PUBLIC \"-//A//B{C//EN\" \"x\">",
        "<!DOCTYPE pap SYSTEM \"x y\">",
        "<!DOCTYPE pap SYSTEM \"http://x/?a=1&amp;b=2\">",
        "<!DOCTYPE  pap  PUBLIC  \"p\"  \"s\"  >",
        "<!DOCTYPE pap PUBLIC \"p\">",
        "<!DOCTYPE pap SYSTEM>",
        "<!doctype pap>"
    };
    private static final String[] SUBSET_ITEMS = {
        " ",
        "\n",
        "<!-- subset -->",
        "<?wap-pap-ver supported-versions=\"2.0,1.*\"?>",
        "<?wap-pap-ver supported-versions='1.0'?>",
        "<?other x?>"
    };
    private static final String[] ODD_SUBSET_ITEMS = {
        "<!ENTITY e \"x\">", "<!ELEMENT pap ANY>", "<!ATTLIST pap version CDATA #IMPLIED>", "%p;", "]"
    };
    private static final String[] MISC = {
        " ",
        "\n",
        "\r\n",
        "\t",
        "<!-- c -->",
        "<!---->",
        "<!-- a - b -->",
        "<?wap-pap-ver supported-versions=\"2.1\"?>",
        "<?wap-pap-ver supported-versions = '2.0, 1.*' ?>",
        "<?wap-pap-ver\r\nsupported-versions=\"1.\r\n0\"?>",
        "<?wap-pap-ver?>"
    };
    private static final String[] ODD_MISC = {
        "<!-- -- -->",
        "<!-- x --->",
        "<?wap-pap-verx supported-versions=\"1.0\"?>",
        "<?target data?>",
        "<?Xml x?>",
        "<?xml-stylesheet href=\"x\"?>",
        "<?a:b x?>",
        "<? x?>"
    };
    private static final String[] NAMES = {
        "pap", "push-message", "address", "quality-of-service", "a", "b.c", "_d", "e:f", "x1"
    };
    private static final String[] ODD_NAMES = {"\u00E9", "1a", "-a", "xmlns", ":", "a\u00B7b"};
    private static final String[] VALUE_PIECES = {
        "plain",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "&amp;",
        "&lt;",
        "&gt;",
        "&quot;",
        "&apos;",
        "&#9;",
        "&#10;",
        "&#13;",
        "&#x20;",
        "&#xA0;",
        "&#65;",
        "&#x1F600;",
        ">",
        "'",
        "\"",
        "\u00A0",
        "\u2003",
        "\u0085",
        "\u263A",
        "\uD83D\uDE00",
        "\u00E9"
    };
    private static final String[] ODD_VALUE_PIECES = {
        "&#0;",
        "&#xD800;",
        "&#xFFFE;",
        "&#x110000;",
        "&#X41;",
        "&#;",
        "&amp",
        "&nbsp;",
        "&",
        "<",
        "]]>",
        "\u0001",
        "\uFFFD"
    };
    private static final String[] TEXT_PIECES = {
        " ",
        "\n  ",
        "\r\n",
        "\t",
        "x",
        "&#32;",
        "&#x2003;",
        "&#xA0;",
        "&amp;",
        "&lt;",
        "\u00A0",
        "\u2003",
        "\u2028",
        "]]",
        ">",
        "<![CDATA[ ]]>",
        "<![CDATA[y]]>",
        "<!-- c -->",
        "<?wap-pap-ver supported-versions=\"2.0\"?>"
    };
    private static final String[] ODD_TEXT_PIECES = {"]]>", "<![CDATA[<]]>", "&undeclared;"};

    private static final int ODD_ONE_IN = 12;

    private final Random random;

    XmlDocumentGenerator(Random random) {
        this.random = random;
    }

    /** A document, encoded as its declaration says (UTF-8 when it says nothing usable). */
    byte[] document() {
        String declaration = pick(DECLARATIONS, ODD_DECLARATIONS);
        StringBuilder xml = new StringBuilder(declaration);
        misc(xml);
        String doctype = pick(DOCTYPES, ODD_DOCTYPES);
        xml.append(doctype.contains("%s") ? String.format(doctype, subset()) : doctype);
        misc(xml);
        element(xml, 0);
        misc(xml);
        if (random.nextInt(20) == 0) {
            element(xml, 3);
        }
        return xml.toString().getBytes(charsetOf(declaration));
    }

    private String subset() {
        StringBuilder subset = new StringBuilder();
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
            subset.append(pick(SUBSET_ITEMS, ODD_SUBSET_ITEMS));
        }
        return subset.toString();
    }

    private void misc(StringBuilder xml) {
        int items = random.nextInt(3);
        for (int i = 0; i < items; i++) {
            xml.append(pick(MISC, ODD_MISC));
        }
    }

    private void element(StringBuilder xml, int depth) {
        String name = name();
        xml.append('<').append(name);
        int attributes = random.nextInt(4);
        for (int i = 0; i < attributes; i++) {
            xml.append(random.nextInt(30) == 0 ? "" : " ").append(name()).append(random.nextInt(10) == 0 ? " = " : "=");
            char quote = random.nextBoolean() ? '"' : '\'';
            xml.append(quote).append(value()).append(quote);
        }
        if (depth >= 3 || random.nextInt(3) == 0) {
            xml.append(random.nextInt(10) == 0 ? " />" : "/>");
            return;
        }
        xml.append('>');
        int children = random.nextInt(4);
        for (int i = 0; i < children; i++) {
            if (random.nextBoolean()) {
                xml.append(pick(TEXT_PIECES, ODD_TEXT_PIECES));
            }
            element(xml, depth + 1);
        }
        if (random.nextInt(3) == 0) {
            xml.append(pick(TEXT_PIECES, ODD_TEXT_PIECES));
        }
        xml.append("</").append(random.nextInt(40) == 0 ? name() : name);
        xml.append(random.nextInt(10) == 0 ? " >" : ">");
    }

    private String name() {
        return pick(NAMES, ODD_NAMES);
    }

    private String value() {
        StringBuilder value = new StringBuilder();
        int pieces = random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            value.append(pick(VALUE_PIECES, ODD_VALUE_PIECES));
        }
        return value.toString();
    }

    /** Mostly a usual choice; now and then an odd one, which may or may not be well-formed. */
    private String pick(String[] usual, String[] odd) {
        String[] choices = random.nextInt(ODD_ONE_IN) == 0 ? odd : usual;
        return choices[random.nextInt(choices.length)];
    }

    private static Charset charsetOf(String declaration) {
        String lower = declaration.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("iso-8859-1")) {
            return StandardCharsets.ISO_8859_1;
        }
        if (lower.contains("us-ascii")) {
            return StandardCharsets.US_ASCII;
        }
        return StandardCharsets.UTF_8;
    }
}
