package io.sipush.ppg.content.cp;

import static io.sipush.ppg.content.cp.ProvisioningWbxml.CHARACTERISTIC;
import static io.sipush.ppg.content.cp.ProvisioningWbxml.NAME;
import static io.sipush.ppg.content.cp.ProvisioningWbxml.PARM;
import static io.sipush.ppg.content.cp.ProvisioningWbxml.ROOT;
import static io.sipush.ppg.content.cp.ProvisioningWbxml.TYPE;
import static io.sipush.ppg.content.cp.ProvisioningWbxml.VALUE;
import static io.sipush.ppg.content.cp.ProvisioningWbxml.VERSION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Turns a decoded WBXML tree into a {@link ProvisioningDocument}, checking it against the
 * PROV 1.0 structure (OMA-WAP-TS-ProvCont-V1_1 §5): a root with an optional version, made of
 * characteristics (with a type) that hold parms (with a name and optional value) and nested
 * characteristics. Text, opaque data and unknown attributes are rejected.
 */
final class ProvisioningTreeReader {

    private ProvisioningTreeReader() {}

    static ProvisioningDocument document(WbxmlElement root) throws MalformedWbxmlException {
        requireName(root, ROOT);
        Map<String, String> attributes = attributes(root, Set.of(VERSION));
        List<Characteristic> characteristics = new ArrayList<>();
        for (WbxmlElement child : childElements(root)) {
            requireName(child, CHARACTERISTIC);
            characteristics.add(characteristic(child));
        }
        return build(() -> new ProvisioningDocument(attributes.get(VERSION), characteristics));
    }

    private static Characteristic characteristic(WbxmlElement element) throws MalformedWbxmlException {
        String type = required(element, attributes(element, Set.of(TYPE)), TYPE);
        List<Parm> parms = new ArrayList<>();
        List<Characteristic> children = new ArrayList<>();
        for (WbxmlElement child : childElements(element)) {
            if (child.name().equals(PARM)) {
                parms.add(parm(child));
            } else {
                requireName(child, CHARACTERISTIC);
                children.add(characteristic(child));
            }
        }
        return build(() -> new Characteristic(type, parms, children));
    }

    private static Parm parm(WbxmlElement element) throws MalformedWbxmlException {
        if (!element.content().isEmpty()) {
            throw new MalformedWbxmlException("<parm> must be empty");
        }
        Map<String, String> attributes = attributes(element, Set.of(NAME, VALUE));
        String name = required(element, attributes, NAME);
        String value = attributes.get(VALUE);
        return build(() -> value == null ? Parm.withoutValue(name) : Parm.of(name, value));
    }

    private static List<WbxmlElement> childElements(WbxmlElement parent) throws MalformedWbxmlException {
        List<WbxmlElement> elements = new ArrayList<>();
        for (WbxmlNode node : parent.content()) {
            if (!(node instanceof WbxmlElement)) {
                throw new MalformedWbxmlException("<" + parent.name() + "> may hold only elements, found " + node);
            }
            elements.add((WbxmlElement) node);
        }
        return elements;
    }

    private static Map<String, String> attributes(WbxmlElement element, Set<String> allowed)
            throws MalformedWbxmlException {
        Map<String, String> attributes = new TreeMap<>();
        for (WbxmlAttribute attribute : element.attributes()) {
            if (!allowed.contains(attribute.name())) {
                throw new MalformedWbxmlException("<" + element.name() + "> has no attribute " + attribute.name());
            }
            if (attributes.put(attribute.name(), attribute.value()) != null) {
                throw new MalformedWbxmlException("<" + element.name() + "> repeats attribute " + attribute.name());
            }
        }
        return attributes;
    }

    private static String required(WbxmlElement element, Map<String, String> attributes, String name)
            throws MalformedWbxmlException {
        String value = attributes.get(name);
        if (value == null || value.isEmpty()) {
            throw new MalformedWbxmlException("<" + element.name() + "> needs a " + name);
        }
        return value;
    }

    private static void requireName(WbxmlElement element, String expected) throws MalformedWbxmlException {
        if (!element.name().equals(expected)) {
            throw new MalformedWbxmlException("expected <" + expected + ">, found <" + element.name() + ">");
        }
    }

    /** Runs a model constructor, turning its validation failure into a decoding failure. */
    private static <T> T build(Supplier<T> constructor) throws MalformedWbxmlException {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw new MalformedWbxmlException(e.getMessage());
        }
    }
}
