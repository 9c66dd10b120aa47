package io.sipush.ppg.content.cp;

/** A small made-up token table for exercising the general WBXML codec. */
final class TestTokens {

    static final WbxmlTokenTable TABLE = WbxmlTokenTable.builder()
            .page(0)
            .tag(0x05, "doc")
            .tag(0x06, "item")
            .attributeStart(0x05, "id")
            .attributeStart(0x06, "href", "http://")
            .attributeStart(0x07, "href")
            .attributeValue(0x85, ".com")
            .page(1)
            .tag(0x05, "other")
            .build();

    private TestTokens() {}
}
