package io.sipush.ppg.content.cp;

import static io.sipush.ppg.content.cp.TestBytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WbxmlDecoderTest {

    private final WbxmlDecoder decoder = new WbxmlDecoder(TestTokens.TABLE);

    private WbxmlElement root(String hex) throws MalformedWbxmlException {
        return decoder.decode(hex(hex)).root();
    }

    private MalformedWbxmlException failure(String hex) {
        return assertThrows(MalformedWbxmlException.class, () -> decoder.decode(hex(hex)));
    }

    @Test
    void reads_header_fields() throws Exception {
        WbxmlDocument document = decoder.decode(hex("03 01 6A 00 05"));

        assertEquals(0x03, document.version());
        assertEquals(0x01, document.publicId());
        assertEquals(0x6A, document.charset());
        assertEquals(new WbxmlElement("doc", List.of(), List.of()), document.root());
    }

    @Test
    void resolves_string_table_references() throws Exception {
        WbxmlElement root = root("03 01 6A 04 61 62 63 00 45 83 00 01");

        assertEquals(List.of(new WbxmlText("abc")), root.content());
    }

    @Test
    void reads_public_identifier_given_as_a_string_table_entry() throws Exception {
        // public id 0 -> string table offset 0: "-//T//EN"
        WbxmlDocument document = decoder.decode(hex("03 00 00 6A 09 2D 2F 2F 54 2F 2F 45 4E 00 05"));

        assertEquals(0, document.publicId());
        assertEquals(Optional.of("-//T//EN"), document.publicIdText());
    }

    @Test
    void joins_inline_strings_and_entities_into_one_text() throws Exception {
        // STR_I "caf", ENTITY 0x81 0x69 = 233 = U+00E9
        WbxmlElement root = root("03 01 6A 00 45 03 63 61 66 00 02 81 69 01");

        assertEquals(List.of(new WbxmlText("caf\u00e9")), root.content());
    }

    @Test
    void reads_opaque_content() throws Exception {
        WbxmlElement root = root("03 01 6A 00 45 C3 03 01 02 03 01");

        assertEquals(List.of(new WbxmlOpaque(new byte[] {1, 2, 3})), root.content());
    }

    @Test
    void joins_attribute_start_prefix_inline_string_and_value_token() throws Exception {
        // item with attributes: href="http://" + "x" + ".com", id="7"
        WbxmlElement root = root("03 01 6A 00 45 86 06 03 78 00 85 05 03 37 00 01 01");

        WbxmlElement item = (WbxmlElement) root.content().get(0);
        assertEquals(
                List.of(new WbxmlAttribute("href", "http://x.com"), new WbxmlAttribute("id", "7")), item.attributes());
    }

    @Test
    void switch_page_selects_tags_of_another_code_page() throws Exception {
        WbxmlElement root = root("03 01 6A 00 45 00 01 05 00 00 06 01");

        assertEquals(
                List.of(
                        new WbxmlElement("other", List.of(), List.of()),
                        new WbxmlElement("item", List.of(), List.of())),
                root.content());
    }

    @Test
    void rejects_literal_tags_and_attributes_by_name() {
        assertTrue(failure("03 01 6A 00 45 04 00 01").getMessage().contains("LITERAL tag"));
        assertTrue(failure("03 01 6A 00 86 04 00 01").getMessage().contains("LITERAL attribute"));
    }

    @Test
    void rejects_processing_instructions_and_opaque_attribute_values() {
        failure("03 01 6A 00 45 43 05 01 01");
        failure("03 01 6A 00 86 05 C3 01 41 01");
    }

    @Test
    void rejects_truncated_input_with_its_offset() {
        MalformedWbxmlException failure = failure("03 01 6A 00 45");

        assertEquals(5, failure.offset());
    }

    @Test
    void rejects_tokens_missing_from_the_table() {
        assertTrue(failure("03 01 6A 00 07").getMessage().contains("0x07"));
        failure("03 01 6A 00 86 09 01");
        failure("03 01 6A 00 86 05 86 01");
    }

    @Test
    void rejects_multi_byte_integer_longer_than_five_bytes() {
        failure("03 81 81 81 81 81 01 6A 00 05");
    }

    @Test
    void rejects_unsupported_versions_and_charsets() {
        failure("04 01 6A 00 05");
        failure("00 01 6A 00 05");
        failure("03 01 07 00 05");
    }

    @Test
    void rejects_bytes_after_the_root_element() {
        failure("03 01 6A 00 05 05");
    }

    @Test
    void rejects_attribute_value_before_any_attribute_start() {
        failure("03 01 6A 00 86 85 01");
    }

    @Test
    void rejects_string_table_reference_outside_the_table() {
        failure("03 01 6A 02 61 00 45 83 05 01");
    }

    @Test
    void rejects_nesting_deeper_than_the_limit() {
        String deep = "03 01 6A 00 " + "45 ".repeat(WbxmlDecoder.MAX_DEPTH + 1) + "05"
                + " 01".repeat(WbxmlDecoder.MAX_DEPTH + 1);

        assertTrue(failure(deep).getMessage().contains("deeper"));
    }

    @Test
    void accepts_nesting_up_to_the_limit() throws Exception {
        String deep = "03 01 6A 00 " + "45 ".repeat(WbxmlDecoder.MAX_DEPTH - 1) + "05"
                + " 01".repeat(WbxmlDecoder.MAX_DEPTH - 1);

        assertEquals("doc", root(deep).name());
    }

    @Test
    void opaque_data_is_copied_defensively() throws Exception {
        WbxmlOpaque opaque =
                (WbxmlOpaque) root("03 01 6A 00 45 C3 01 07 01").content().get(0);
        opaque.data()[0] = 0;

        assertArrayEquals(new byte[] {7}, opaque.data());
    }
}
