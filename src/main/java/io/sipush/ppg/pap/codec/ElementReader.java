package io.sipush.ppg.pap.codec;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapTimestamp;
import io.sipush.ppg.pap.StatusCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

    private static final int MAX_EDITS = 2;
    private static final int MAX_COMPARED = 64;

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
                throw badRequest("Unknown attribute " + attribute + " on " + element.name() + hint(attribute, known));
            }
        }
    }

    private void refuseUnknownChildren(Set<String> known) throws PapException {
        for (XmlElement child : element.children()) {
            if (!known.contains(child.name())) {
                throw new PapException(
                        StatusCode.BAD_REQUEST,
                        "Unknown element " + child.name() + " in " + element.name() + suggestion(child.name(), known),
                        child.startTag());
            }
        }
    }

    private static String hint(String attribute, Set<String> known) {
        String meant = KNOWN_MISSPELLINGS.get(attribute);
        return meant == null ? suggestion(attribute, known) : " (misspelt: the attribute is " + meant + ")";
    }

    /** Names the known name closest to a misspelt one: same letters but for case or _, or 1-2 edits. */
    static String suggestion(String name, Set<String> known) {
        String normalised = name.toLowerCase(Locale.ROOT).replace('_', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = candidate.equals(normalised) ? 0 : distance(normalised, candidate, MAX_EDITS);
            if (distance <= MAX_EDITS
                    && (distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    /** The Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit || a.length() > MAX_COMPARED || b.length() > MAX_COMPARED) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
