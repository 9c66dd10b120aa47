package io.sipush.ppg.content.cp;

import java.util.Objects;

/** Character data inside an element (WAP-192-WBXML §5.8.4: STR_I, STR_T, ENTITY). */
public record WbxmlText(String text) implements WbxmlNode {

    public WbxmlText {
        Objects.requireNonNull(text, "text");
    }
}
