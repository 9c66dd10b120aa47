package io.sipush.ppg.content.cp;

import java.util.Objects;

/** One attribute of a {@link WbxmlElement}: a name and its full value (WAP-192-WBXML §5.8.3). */
public record WbxmlAttribute(String name, String value) {

    public WbxmlAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("attribute name must not be empty");
        }
    }
}
