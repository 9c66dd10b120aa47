package io.sipush.ppg.content.cp;

import java.util.List;
import java.util.Objects;

/** An element of a WBXML tree with its attributes and content (WAP-192-WBXML §5.8.2). */
public record WbxmlElement(String name, List<WbxmlAttribute> attributes, List<WbxmlNode> content) implements WbxmlNode {

    public WbxmlElement {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("element name must not be empty");
        }
        attributes = List.copyOf(attributes);
        content = List.copyOf(content);
    }
}
