package io.sipush.ppg.pap.codec;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapTimestamp;
import io.sipush.ppg.pap.StatusCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one element strictly: attributes and child elements it does not know, and character
 * data, are refused with 2000 naming them (WAP-247-PAP-20010429-a §9; the PPG validates against
 * the DTD's rules without loading it).
 */
final class ElementReader {

    /** Misspellings seen in the field, with the attribute meant. */
    private static final Map<String, String> KNOWN_MISSPELLINGS =
            Map.of("ppg-notifiy-requested-to", "ppg-notify-requested-to");

    private final XmlElement element;

    private ElementReader(XmlElement element) {
        this.element = element;
    }

    static ElementReader strict(XmlElement element, Set<String> attributes, Set<String> children) throws PapException {
        ElementReader reader = new ElementReader(element);
        reader.refuseUnknownAttributes(attributes);
        reader.refuseUnknownChildren(children);
        if (element.hasText()) {
            throw reader.badRequest(element.name() + " must not contain text");
        }
        return reader;
    }

    String name() {
        return element.name();
    }

    String required(String attribute) throws PapException {
        String value = element.attributes().get(attribute);
        if (value == null) {
            throw badRequest(element.name() + " has no " + attribute);
        }
        if (value.isBlank()) {
            throw badRequest(element.name() + " has an empty " + attribute);
        }
        return value;
    }

    /** The attribute's value; null when absent or empty. */
    String optional(String attribute) {
        String value = element.attributes().get(attribute);
        return value == null || value.isEmpty() ? null : value;
    }

    boolean has(String attribute) {
        return element.attributes().containsKey(attribute);
    }

    Instant timestamp(String attribute) throws PapException {
        String value = optional(attribute);
        return value == null ? null : parseTimestamp(value, attribute);
    }

    Instant requiredTimestamp(String attribute) throws PapException {
        return parseTimestamp(required(attribute), attribute);
    }

    boolean bool(String attribute) throws PapException {
        String value = optional(attribute);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw badRequest(attribute + " must be true or false, not " + value);
    }

    <E> E enumerated(String attribute, Function<String, E> parser, E defaultValue) throws PapException {
        String value = optional(attribute);
        if (value == null) {
            return defaultValue;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw badRequest("Unknown " + attribute + " " + value);
        }
    }

    StatusCode code() throws PapException {
        String value = required("code").trim();
        try {
            return StatusCode.of(Integer.parseInt(value));
        } catch (IllegalArgumentException e) {
            throw badRequest("code " + value + " is not a PAP status code");
        }
    }

    List<XmlElement> children(String name) {
        return element.children().stream()
                .filter(child -> child.name().equals(name))
                .collect(Collectors.toList());
    }

    /** The only child of that name, or null; more than one is refused. */
    XmlElement optionalChild(String name) throws PapException {
        List<XmlElement> found = children(name);
        if (found.size() > 1) {
            throw badRequest(element.name() + " has more than one " + name);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    XmlElement requiredChild(String name) throws PapException {
        XmlElement child = optionalChild(name);
        if (child == null) {
            throw badRequest(element.name() + " has no " + name);
        }
        return child;
    }

    PapException badRequest(String desc) {
        return new PapException(StatusCode.BAD_REQUEST, desc, element.startTag());
    }

    PapException failure(StatusCode code, String desc) {
        return new PapException(code, desc, element.startTag());
    }

    private Instant parseTimestamp(String value, String attribute) throws PapException {
        try {
            return PapTimestamp.parse(value, attribute);
        } catch (PapException e) {
            throw new PapException(e.code(), e.getMessage(), element.startTag());
        }
    }

    private void refuseUnknownAttributes(Set<String> known) throws PapException {
        for (String attribute : element.attributes().keySet()) {
            if (!known.contains(attribute)) {
                throw badRequest("Unknown attribute " + attribute + " on " + element.name() + hint(attribute));
            }
        }
    }

    private void refuseUnknownChildren(Set<String> known) throws PapException {
        for (XmlElement child : element.children()) {
            if (!known.contains(child.name())) {
                throw new PapException(
                        StatusCode.BAD_REQUEST,
                        "Unknown element " + child.name() + " in " + element.name(),
                        child.startTag());
            }
        }
    }

    private static String hint(String attribute) {
        String meant = KNOWN_MISSPELLINGS.get(attribute);
        return meant == null ? "" : " (misspelt: the attribute is " + meant + ")";
    }
}
