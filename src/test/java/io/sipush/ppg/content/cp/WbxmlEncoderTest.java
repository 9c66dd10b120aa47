package io.sipush.ppg.content.cp;

import static io.sipush.ppg.content.cp.TestBytes.concat;
import static io.sipush.ppg.content.cp.TestBytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WbxmlEncoderTest {

    private final WbxmlEncoder encoder = new WbxmlEncoder(TestTokens.TABLE);
    private final WbxmlDecoder decoder = new WbxmlDecoder(TestTokens.TABLE);

    private static WbxmlDocument document(WbxmlElement root) {
        return new WbxmlDocument(0x03, 0x01, 0x6A, root);
    }

    private static WbxmlElement element(String name, List<WbxmlAttribute> attributes, WbxmlNode... content) {
        return new WbxmlElement(name, attributes, List.of(content));
    }

    @Test
    void switches_code_page_only_when_the_next_tag_needs_it() {
        WbxmlElement root = element(
                "doc", List.of(), element("other", List.of()), element("other", List.of()), element("item", List.of()));

        assertArrayEquals(hex("03 01 6A 00 45 00 01 05 05 00 00 06 01"), encoder.encode(document(root)));
    }

    @Test
    void uses_value_token_only_for_a_whole_value_and_inline_strings_otherwise() {
        WbxmlElement root = element(
                "item",
                List.of(
                        new WbxmlAttribute("id", ".com"),
                        new WbxmlAttribute("href", "http://"),
                        new WbxmlAttribute("href", "http://x.com")));

        assertArrayEquals(
                concat(hex("03 01 6A 00 86 05 85 06 07 03"), TestBytes.ascii("http://x.com"), hex("00 01")),
                encoder.encode(document(root)));
    }

    @Test
    void writes_lengths_as_multi_byte_integers() {
        byte[] data = new byte[200];
        WbxmlElement root = element("doc", List.of(), new WbxmlOpaque(data));

        // 200 = 1 * 128 + 72: 0x81 0x48
        assertArrayEquals(concat(hex("03 01 6A 00 45 C3 81 48"), data, hex("01")), encoder.encode(document(root)));
    }

    @Test
    void decoding_what_was_encoded_gives_the_same_tree() throws Exception {
        WbxmlElement root = element(
                "doc",
                List.of(),
                new WbxmlText("h\u00e9llo"),
                element("item", List.of(new WbxmlAttribute("id", "1"))),
                new WbxmlOpaque(new byte[] {0, 1, (byte) 0xFF}),
                element("other", List.of(), element("item", List.of())));

        assertEquals(document(root), decoder.decode(encoder.encode(document(root))));
    }

    @Test
    void refuses_names_missing_from_the_table() {
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(document(element("nope", List.of()))));
        assertThrows(
                IllegalArgumentException.class,
                () -> encoder.encode(document(element("doc", List.of(new WbxmlAttribute("nope", "x"))))));
    }

    @Test
    void refuses_inline_strings_containing_nul() {
        assertThrows(
                IllegalArgumentException.class,
                () -> encoder.encode(document(element("doc", List.of(), new WbxmlText("a\0b")))));
    }
}
