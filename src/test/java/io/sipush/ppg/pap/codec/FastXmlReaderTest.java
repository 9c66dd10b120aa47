package io.sipush.ppg.pap.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sipush.ppg.pap.PapException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link FastXmlReader} against the SAX path of {@link SecureXmlParser}: whenever the fast
 * reader gives a document, it is the one the SAX path gives for the same bytes.
 */
class FastXmlReaderTest {

    private static final String PAP_2_1 = "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 2.1//EN\""
            + " \"http://www.openmobilealliance.org/tech/DTD/pap_2.1.dtd\">";
    private static final int GENERATED = 6_000;
    private static final long SEED = 20261126L;

    /** Corners of XML where a hand-written reader could differ from the SAX parser. */
    private static final String[] TRICKY = {
        "<pap><a x=\"1\tb\nc\r\nd\re\"/></pap>",
        "<pap><a x=\"&#9;&#10;&#13;&#x20;|&#xD;&#xA;\"/></pap>",
        "<pap><a x='&amp;&lt;&gt;&quot;&apos;' y=\"'\" z='\"'/></pap>",
        "<pap> x <push-message/></pap>",
        "<pap>\n  <push-message/>\n</pap>",
        "<pap>&#32;&#x9;<a/></pap>",
        "<pap>&#x2003;<a/></pap>",
        "<pap>\u2003<a/></pap>",
        "<pap>\u00A0<a/></pap>",
        "<pap>&#xA0;<a/></pap>",
        "<pap>&amp;<a/></pap>",
        "<pap><![CDATA[  ]]><a/></pap>",
        "<pap><![CDATA[x]]><a/></pap>",
        "<pap><a>x</a><b> </b><c><![CDATA[<>]]></c></pap>",
        "<?wap-pap-ver supported-versions=\"1.0\"?><!DOCTYPE pap [<?wap-pap-ver supported-versions=\"2.0\"?>]>"
                + "<pap><?wap-pap-ver supported-versions=\"2.1\"?></pap><?wap-pap-ver supported-versions=\"1.*\"?>",
        "<!DOCTYPE pap [\n<!-- c -->\n<?wap-pap-ver supported-versions=\"2.0,\r\n1.*\"?>\n]><pap/>",
        "<?wap-pap-ver supported-versions=\"2.0,\r\n1.*\"?><pap/>",
        "<?wap-pap-ver supported-versions='2.0' supported-versions='1.0'?><pap/>",
        "<?wap-pap-ver?><?wap-pap-ver x?><?wap-pap-verx supported-versions=\"1\"?><pap/>",
        "<?wap-pap-ver\r\nsupported-versions = \"9\" ?><pap/>",
        "<!DOCTYPE pap><pap/>",
        "<!DOCTYPE pap []><pap/>",
        "<!DOCTYPE pap[]><pap/>",
        "<!DOCTYPE pap SYSTEM \"http://www.wapforum.org/DTD/pap_2.0.dtd\"><pap/>",
        "<!DOCTYPE pap SYSTEM 'http://www.wapforum.org/DTD/pap_2.0.dtd' [ ] ><pap/>",
        "<!DOCTYPE pap PUBLIC '-//WAPFORUM//DTD PAP 2.0//EN' 'pap.dtd'><pap/>",
        "<!DOCTYPE pap PUBLIC \"a'b\" \"x\"><pap/>",
        "<!DOCTYPE x PUBLIC \"-//WAPFORUM//DTD PAP 2.0//EN\" \"x\"><pap/>",
        "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><pap a=\"\u263A\uD83D\uDE00\"/>",
        "<?xml version='1.0' encoding='US-ASCII'?>\n<pap a=\"x\"/>",
        "<?xml version=\"1.0\"   ?><pap/>",
        "<?xml version=\"1.0\" standalone='no'?><pap/>",
        "<?xml version=\"1.1\"?><pap/>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><pap/>",
        "<pap xmlns=\"urn:x\" xmlns:p=\"urn:p\" xml:lang=\"en\" p:x=\"1\"/>",
        "<a:b c.d=\"1\" _e-f=\"2\" :g=\"3\"/>",
        "<pap a=\">\"></pap >",
        "<pap>]]></pap>",
        "<pap>]] ></pap>",
        "<pap>a > b</pap>",
        "<pap><!-- a -- b --></pap>",
        "<pap><!----></pap>",
        "<pap><!-- <? --></pap>",
        "<pap/><!-- <!DOCTYPE x [ -->",
        "<!-- <!DOCTYPE x [ ]> --><pap/>",
        "<?x <!DOCTYPE pap [ ?><pap/>",
        "<?x <? ?><pap/>",
        "<pap><![CDATA[<?]]></pap>",
        "<pap><?xml-stylesheet x?></pap>",
        "<pap><?XML x?></pap>",
        "<pap><?a:b x?></pap>",
        " <?xml version=\"1.0\"?><pap/>",
        "\n<pap/>\n",
        "<pap/>x",
        "<pap/><pap/>",
        "<pap></pa>",
        "<pap a=\"1\" a=\"2\"/>",
        "<pap a=\"1\"b=\"2\"/>",
        "<pap a=\"&foo;\"/>",
        "<pap>&foo;</pap>",
        "<pap a=\"&#0;\"/>",
        "<pap a=\"&#x10FFFF;\"/>",
        "<pap a=\"&#xFFFE;\"/>",
        "<pap a=\"&#X41;\"/>",
        "<pap a=\"&#00000065;\"/>",
        "<pap a=\"<\"/>",
        "<pap a=\"&amp\"/>",
        "<!DOCTYPE pap [<!ENTITY a \"b\">]><pap/>",
        "<!DOCTYPE pap [%x;]><pap/>",
        "<!DOCTYPE pap SYSTEM \"http://x/#frag\"><pap/>",
        "<!DOCTYPE pap SYSTEM \"http://x/?a&amp;b\"><pap/>",
        "<!DOCTYPE pap PUBLIC \"-//A//B\"><pap/>",
        "<!DOCTYPE pap PUBLIC \" a  b \" \"x\"><pap/>",
        "\uFEFF<pap/>",
        "<pap>\uFFFD</pap>",
        "<pap/>\u0000",
        "<!DOCTYPE pap PUBLIC \"\" \"\"><pap/>",
        "<!DOCTYPE pap SYSTEM ''><pap/>",
        "<pap a=\"\u0085\u2028\u0090\r\"><b/>\u0085</pap>",
        "<pap>\r<b/>\u2028</pap>",
        "<pap a='x\r'>\r\n</pap>",
        "<pap><![CDATA[]]></pap>",
        "<pap>" + "<a>".repeat(64) + "</a>".repeat(64) + "</pap>",
    };

    private final SecureXmlParser reference = new SecureXmlParser();

    @TestFactory
    Stream<DynamicTest> fast_reader_reads_every_valid_fixture_as_the_sax_path_does() {
        return PapCorpus.valid().stream()
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    assertTrue(assertSameAsSax(PapCorpus.read(file)), "the fast reader declined " + name(file));
                }));
    }

    @TestFactory
    Stream<DynamicTest> fast_reader_agrees_with_the_sax_path_on_every_invalid_fixture() {
        return PapCorpus.invalid().stream()
                .map(file -> DynamicTest.dynamicTest(name(file), () -> assertSameAsSax(PapCorpus.read(file))));
    }

    /** The very mutants PapDecoderMutationTest decodes. */
    @Test
    void fast_reader_agrees_with_the_sax_path_on_every_mutated_control_entity() {
        List<byte[]> corpus = new ArrayList<>();
        PapCorpus.valid().forEach(file -> corpus.add(PapCorpus.read(file)));
        int read = 0;
        for (int i = 0; i < PapDecoderMutationTest.XML_MUTATIONS; i++) {
            Random random = new Random(PapDecoderMutationTest.SEED + i);
            byte[] original = corpus.get(random.nextInt(corpus.size()));
            byte[] mutant = new PapDecoderMutationTest.Mutator(random)
                    .mutate(original, i % PapDecoderMutationTest.Mutator.KINDS);
            if (assertSameAsSax(mutant)) {
                read++;
            }
        }
        assertTrue(read > PapDecoderMutationTest.XML_MUTATIONS / 4, "the fast reader read too few mutants: " + read);
        assertTrue(read < PapDecoderMutationTest.XML_MUTATIONS, "the fast reader declined no mutant");
    }

    @Test
    void fast_reader_agrees_with_the_sax_path_on_generated_documents() {
        int read = 0;
        for (int i = 0; i < GENERATED; i++) {
            Random random = new Random(SEED + i);
            byte[] document = new XmlDocumentGenerator(random).document();
            if (random.nextInt(4) == 0) {
                document = new PapDecoderMutationTest.Mutator(random).mutate(document, random.nextInt(6));
            }
            if (assertSameAsSax(document)) {
                read++;
            }
        }
        assertTrue(read > GENERATED / 10, "the fast reader read too few generated documents: " + read);
        assertTrue(read < GENERATED, "the fast reader declined no generated document");
    }

    @TestFactory
    Stream<DynamicTest> fast_reader_agrees_with_the_sax_path_on_tricky_documents() {
        return Stream.of(TRICKY).map(xml -> DynamicTest.dynamicTest(xml, () -> assertSameAsSax(utf8(xml))));
    }

    @Test
    void fast_reader_declines_entity_declaration_in_internal_subset() {
        assertDeclined("<!DOCTYPE pap [<!ENTITY a \"b\">]><pap a=\"&a;\"/>");
        assertDeclined("<!DOCTYPE pap [<!ELEMENT pap ANY>]><pap/>");
        assertDeclined("<!DOCTYPE pap [<!ENTITY % p SYSTEM \"http://x/\"> %p;]><pap/>");
    }

    @Test
    void fast_reader_declines_undeclared_entity_reference() {
        assertDeclined(PAP_2_1 + "<pap><push-message push-id=\"&x;\"/></pap>");
        assertDeclined(PAP_2_1 + "<pap><push-message push-id=\"p\">&x;</push-message></pap>");
    }

    @Test
    void fast_reader_decodes_numeric_character_reference() {
        ParsedDocument document = read("<pap a=\"&#65;&#x263A;&#x1F600;&#x9;\"/>");

        assertEquals("A\u263A\uD83D\uDE00\t", document.root().attributes().get("a"));
    }

    @Test
    void fast_reader_decodes_the_predefined_entities() {
        ParsedDocument document = read("<pap a=\"&amp;&lt;&gt;&quot;&apos;\"/>");

        assertEquals("&<>\"'", document.root().attributes().get("a"));
    }

    @Test
    void fast_reader_normalises_literal_white_space_in_attribute_values_only() {
        ParsedDocument document = read("<pap a=\"1\t2\n3\r\n4\r5\" b=\"&#9;&#10;&#13;\"/>");

        assertEquals("1 2 3 4 5", document.root().attributes().get("a"));
        assertEquals("\t\n\r", document.root().attributes().get("b"));
    }

    @Test
    void fast_reader_keeps_attributes_in_document_order() {
        ParsedDocument document = read("<pap z=\"1\" a=\"2\" m=\"3\"/>");

        assertThat(document.root().attributes().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void fast_reader_puts_internal_subset_versions_after_the_others() {
        ParsedDocument document = read("<?wap-pap-ver supported-versions=\"1.0\"?>"
                + "<!DOCTYPE pap [<?wap-pap-ver supported-versions=\"2.0\"?>]>"
                + "<pap><?wap-pap-ver supported-versions='2.1'?></pap>");

        assertThat(document.supportedVersions()).containsExactly("1.0", "2.1", "2.0");
    }

    @Test
    void fast_reader_marks_text_between_child_elements() {
        ParsedDocument document = read("<pap>\n <a/> x <b>\n</b><c><![CDATA[y]]></c></pap>");

        assertTrue(document.root().hasText());
        List<XmlElement> children = document.root().children();
        assertThat(children).extracting(XmlElement::hasText).containsExactly(false, false, true);
    }

    @Test
    void fast_reader_reads_the_doctype() {
        ParsedDocument document = read(PAP_2_1 + "<pap/>");

        assertEquals(
                new ParsedDocument.Doctype(
                        "pap",
                        "-//WAPFORUM//DTD PAP 2.1//EN",
                        "http://www.openmobilealliance.org/tech/DTD/pap_2.1.dtd"),
                document.doctype());
    }

    @Test
    void fast_reader_reads_iso_8859_1_when_the_declaration_says_so() {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><pap a=\"caf\u00E9\"/>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(
                "caf\u00E9",
                FastXmlReader.read(xml).orElseThrow().root().attributes().get("a"));
    }

    @Test
    void fast_reader_declines_encodings_other_than_utf_8_ascii_and_latin_1() {
        assertDeclined("<?xml version=\"1.0\" encoding=\"windows-1252\"?><pap/>");
        assertThat(FastXmlReader.read("<pap/>".getBytes(StandardCharsets.UTF_16)))
                .isEmpty();
        assertDeclined("\uFEFF<pap/>");
        assertThat(FastXmlReader.read(new byte[] {'<', 'p', '>', (byte) 0xC3, '<', '/', 'p', '>'}))
                .isEmpty();
    }

    @Test
    void fast_reader_declines_characters_outside_xml_chars() {
        assertDeclined("<pap a=\"\u0001\"/>");
        assertDeclined("<pap>\uFFFE</pap>");
        assertDeclined("<pap/>\u0000");
        byte[] latin1InAscii = "<?xml version=\"1.0\" encoding=\"US-ASCII\"?><pap a=\"\u00E9\"/>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(FastXmlReader.read(latin1InAscii)).isEmpty();
    }

    @Test
    void fast_reader_declines_xml_1_1() {
        assertDeclined("<?xml version=\"1.1\"?><pap/>");
    }

    @Test
    void fast_reader_declines_malformed_documents() {
        assertDeclined("<pap><a></pap>");
        assertDeclined("<pap a=\"1\" a=\"1\"/>");
        assertDeclined("<pap/><pap/>");
        assertDeclined("<pap>]]></pap>");
        assertDeclined("<pap><!-- -- --></pap>");
        assertDeclined("<pap a=\"&#0;\"/>");
        assertDeclined("<pap");
    }

    @Test
    void fast_reader_declines_names_it_does_not_know_to_be_legal() {
        assertDeclined("<p\u00E4p/>");
        assertDeclined("<pap \u00E4=\"1\"/>");
        assertDeclined("<pap><?a:b x?></pap>");
    }

    @Test
    void fast_reader_declines_markup_inside_comments_and_instructions() {
        assertDeclined("<pap><!-- <? --></pap>");
        assertDeclined("<!-- <!DOCTYPE x [ --><pap/>");
        assertDeclined("<?x <!DOCTYPE pap [ ?><pap/>");
        assertDeclined("<pap><![CDATA[<?]]></pap>");
    }

    @Test
    void fast_reader_declines_fragment_in_system_id() {
        assertDeclined("<!DOCTYPE pap SYSTEM \"http://x/pap.dtd#x\"><pap/>");
    }

    private ParsedDocument read(String xml) {
        Optional<ParsedDocument> document = FastXmlReader.read(utf8(xml));
        assertTrue(document.isPresent(), "the fast reader declined " + xml);
        assertSameAsSax(utf8(xml));
        return document.get();
    }

    private static void assertDeclined(String xml) {
        assertThat(FastXmlReader.read(utf8(xml))).as(xml).isEmpty();
    }

    /**
     * True when the fast reader read the document; then the SAX path must have read the very
     * same. The reference parser sees only what the fast reader read, so it never fails before
     * the test does: a SAX parser that failed on an earlier document may report a later
     * document's errors in another order.
     */
    private boolean assertSameAsSax(byte[] xml) {
        Optional<ParsedDocument> fast = FastXmlReader.read(xml);
        if (fast.isEmpty()) {
            return false;
        }
        try {
            ParsedDocument sax = reference.parseWithoutFastPath(xml);
            assertEquals(describe(sax), describe(fast.get()), () -> text(xml));
        } catch (PapException e) {
            fail("the fast reader read what the SAX path refuses (" + e.getMessage() + "): " + text(xml), e);
        }
        return true;
    }

    /** Everything a ParsedDocument says, as text. */
    private static String describe(ParsedDocument document) {
        StringBuilder text = new StringBuilder()
                .append(document.doctype())
                .append('\n')
                .append(document.supportedVersions())
                .append('\n');
        describe(document.root(), "", text);
        return text.toString();
    }

    private static void describe(XmlElement element, String indent, StringBuilder text) {
        text.append(indent).append(element.name()).append(' ').append(element.attributes());
        text.append(element.hasText() ? " with text" : "").append('\n');
        for (XmlElement child : element.children()) {
            describe(child, indent + "  ", text);
        }
    }

    private static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
