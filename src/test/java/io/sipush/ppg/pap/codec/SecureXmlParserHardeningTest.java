package io.sipush.ppg.pap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.StatusCode;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.SAXParser;
import org.junit.jupiter.api.Test;

/** Issue 13, items 1, 2 and 12 (a): what an attacker may feed the SAX path. */
class SecureXmlParserHardeningTest {

    private static final int ONE_MIB_AND_A_BIT = 1_040_000;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PapDecoder decoder = new PapDecoder(new PapLimits(64 * 1024, 2 * 1024 * 1024, 1000, 255));
    private final SecureXmlParser parser = new SecureXmlParser();

    /** The reproduction: K attribute defaults declared for e, and e repeated to the size. */
    static byte[] attributeDefaultBomb(int declaredDefaults, int size) {
        StringBuilder xml = new StringBuilder("<!DOCTYPE pap [<!ATTLIST e");
        for (int i = 0; i < declaredDefaults; i++) {
            xml.append(" a").append(i).append(" CDATA \"x\"");
        }
        xml.append(">]><pap>");
        while (xml.length() < size - "</pap>".length() - 4) {
            xml.append("<e/>");
        }
        return xml.append("</pap>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private PapException refusal(byte[] xml) {
        return assertThrows(PapException.class, () -> decoder.decodeRequest(xml));
    }

    @Test
    void decode_refuses_the_attribute_default_bomb_with_2000_naming_the_declaration() {
        byte[] bomb = attributeDefaultBomb(1000, ONE_MIB_AND_A_BIT);
        assertThat(bomb.length).isBetween(ONE_MIB_AND_A_BIT - 8, ONE_MIB_AND_A_BIT);

        PapException refused = refusal(bomb);

        assertThat(refused.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(refused.getMessage()).contains("declares").contains("ATTLIST");
    }

    @Test
    void decode_refuses_element_and_notation_declarations_of_the_internal_subset() {
        for (String declaration : new String[] {"<!ELEMENT pap ANY>", "<!NOTATION n SYSTEM \"x\">"}) {
            PapException refused = refusal(bytes("<!DOCTYPE pap [" + declaration + "]><pap/>"));
            assertThat(refused.code()).isEqualTo(StatusCode.BAD_REQUEST);
            assertThat(refused.getMessage()).contains("declares");
        }
    }

    @Test
    void decode_refuses_a_document_over_the_element_budget() {
        StringBuilder xml = new StringBuilder("<pap>");
        xml.append("<x/>".repeat(SecureXmlParser.MAX_ELEMENTS + 1));
        PapException refused = refusal(bytes(xml.append("</pap>").toString()));

        assertThat(refused.code()).isEqualTo(StatusCode.BAD_REQUEST);
        assertThat(refused.getMessage()).contains("more than " + SecureXmlParser.MAX_ELEMENTS + " elements");
    }

    @Test
    void decode_refuses_a_document_nested_deeper_than_the_budget() {
        int depth = SecureXmlParser.MAX_DEPTH + 1;
        String xml = "<pap>" + "<x>".repeat(depth) + "</x>".repeat(depth) + "</pap>";
        PapException refused = refusal(withBom(xml));

        assertThat(refused.getMessage()).contains("deeper than " + SecureXmlParser.MAX_DEPTH);
    }

    @Test
    void parser_is_replaced_after_a_failed_parse() {
        SAXParser before = parser.currentParser();
        assertThrows(PapException.class, () -> parser.parseWithoutFastPath(bytes("<pap><a></b></pap>")));

        assertThat(parser.currentParser()).isNotSameAs(before);
    }

    @Test
    void parser_is_replaced_once_it_has_seen_many_names() throws PapException {
        SAXParser before = parser.currentParser();
        int attributes = 200;
        StringBuilder xml = new StringBuilder("<pap>");
        for (int i = 0; i <= SecureXmlParser.MAX_NAMES_PER_PARSER / attributes; i++) {
            xml.append("<n").append(i);
            for (int a = 0; a < attributes; a++) {
                xml.append(" a").append(i).append('x').append(a).append("=\"v\"");
            }
            xml.append("/>");
        }
        parser.parseWithoutFastPath(withBom(xml.append("</pap>").toString()));

        assertThat(parser.currentParser()).isNotSameAs(before);
    }

    @Test
    void parser_is_reused_for_ordinary_documents() throws PapException {
        SAXParser before = parser.currentParser();
        parser.parseWithoutFastPath(withBom("<pap><push-message push-id=\"p\"/></pap>"));

        assertThat(parser.currentParser()).isSameAs(before);
    }

    @Test
    void truncated_prolog_in_utf16_is_refused_before_parsing() {
        byte[] xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE pap [<?wap-pap-ver x"
                .getBytes(StandardCharsets.UTF_16BE);

        PapException refused = assertThrows(PapException.class, () -> TruncatedProlog.refuse(xml));

        assertThat(refused.getMessage()).contains("ends inside");
    }

    @Test
    void truncated_doctype_in_utf16le_is_refused_before_parsing() {
        byte[] xml = "\uFEFF<!DOCTYPE pap [<!-- x -->".getBytes(StandardCharsets.UTF_16LE);

        PapException refused = assertThrows(PapException.class, () -> TruncatedProlog.refuse(xml));

        assertThat(refused.getMessage()).contains("ends inside the DOCTYPE");
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String xml) {
        byte[] body = bytes(xml);
        byte[] all = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, all, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, all, UTF8_BOM.length, body.length);
        return all;
    }
}
