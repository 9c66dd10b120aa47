package io.sipush.ppg.pap.codec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An element of a parsed control entity: its name, attributes in document order, children. */
final class XmlElement {

    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private boolean hasText;

    XmlElement(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    String name() {
        return name;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    /** True when the element holds character data other than white space. */
    boolean hasText() {
        return hasText;
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    void markText() {
        hasText = true;
    }

    /** The start tag, as a bad-message-fragment. */
    String startTag() {
        StringBuilder tag = new StringBuilder("<").append(name);
        attributes.forEach((key, value) ->
                tag.append(' ').append(key).append("=\"").append(value).append('"'));
        return tag.append(children.isEmpty() ? "/>" : ">").toString();
    }
}
