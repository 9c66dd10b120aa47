package io.sipush.ppg.delivery.otasip;

import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.Registration;
import io.sipush.ppg.terminal.RegistrationLimits;
import io.sipush.ppg.terminal.RegistrationTooLongException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ListIterator;
import javax.servlet.ServletException;
import javax.servlet.sip.Address;
import javax.servlet.sip.SipServletRequest;

/**
 * Reads a REGISTER (RFC 3261 §10.2): the address of record from To, each Contact with its
 * expiry (the Contact's {@code expires}, else the Expires header, else 3600 s), its {@code q}
 * and its {@code +g.oma.pusheventapp} values (RFC 3840 §9: a quoted, comma-separated list),
 * and the {@code Path} (RFC 3327 §5.3) that a proxy of the SIP/IP core added, which requests to
 * these contacts then follow.
 */
final class RegisterReader {
    static final int DEFAULT_EXPIRES = 3600;
    static final int MAX_EXPIRES = 86_400;
    static final String PUSH_EVENT_APP = "+g.oma.pusheventapp";
    /** What the registry stores of a Path (PPG_CONTACT.PATH). */
    static final int MAX_PATH_CHARS = RegistrationLimits.MAX_PATH_CHARS;

    private RegisterReader() {}

    /**
     * Reads the REGISTER and checks it against the registry's limits.
     *
     * @throws MalformedRegisterException when a header cannot be read or a value is longer than
     *     its column: the REGISTER is answered 400 and changes nothing
     */
    static Registration read(SipServletRequest request, String homeDomain, Instant now)
            throws MalformedRegisterException {
        try {
            Registration registration = parse(request, homeDomain, now);
            RegistrationLimits.check(registration);
            return registration;
        } catch (RegistrationTooLongException | IllegalArgumentException e) {
            throw new MalformedRegisterException(e.getMessage(), e);
        } catch (ServletException | RuntimeException e) {
            throw new MalformedRegisterException(
                    "unreadable REGISTER (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Registration parse(SipServletRequest request, String homeDomain, Instant now)
            throws ServletException {
        AddressOfRecord aor = AddressOfRecord.parse(request.getTo().getURI().toString(), homeDomain);
        int defaultExpires = request.getExpires() >= 0 ? request.getExpires() : DEFAULT_EXPIRES;
        List<String> path = path(request);
        List<ContactBinding> bound = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        ListIterator<Address> contacts = request.getAddressHeaders("Contact");
        while (contacts.hasNext()) {
            Address contact = contacts.next();
            if (contact.isWildcard()) {
                if (defaultExpires != 0) {
                    throw new IllegalArgumentException("Contact: * needs Expires: 0");
                }
                return Registration.removeAll(aor);
            }
            int expires = Math.min(contact.getExpires() >= 0 ? contact.getExpires() : defaultExpires, MAX_EXPIRES);
            String uri = contact.getURI().toString();
            if (expires == 0) {
                removed.add(uri);
            } else {
                bound.add(new ContactBinding(
                        uri, now.plusSeconds(expires), quality(contact), applications(contact), path));
            }
        }
        return new Registration(aor, bound, removed, false);
    }

    static List<String> path(SipServletRequest request) throws ServletException {
        List<String> path = new ArrayList<>();
        ListIterator<Address> hops = request.getAddressHeaders("Path");
        while (hops.hasNext()) {
            path.add(hops.next().getURI().toString());
        }
        if (String.join(" ", path).length() > MAX_PATH_CHARS) {
            throw new IllegalArgumentException("Path longer than " + MAX_PATH_CHARS + " characters");
        }
        return path;
    }

    private static float quality(Address contact) {
        float q = contact.getQ();
        return q < 0 ? 1.0f : q;
    }

    static List<String> applications(Address contact) {
        String value = contact.getParameter(PUSH_EVENT_APP);
        return value == null ? List.of() : splitFeatureValues(value);
    }

    /** {@code "syncml.dm,wml.ua"} or {@code "\"syncml.dm\",\"wml.ua\""} → [syncml.dm, wml.ua]. */
    static List<String> splitFeatureValues(String value) {
        String unquoted = value.trim();
        if (unquoted.length() >= 2 && unquoted.startsWith("\"") && unquoted.endsWith("\"")) {
            unquoted = unquoted.substring(1, unquoted.length() - 1);
        }
        return Arrays.stream(unquoted.split(","))
                .map(v -> v.replace("\\\"", "")
                        .replace("\"", "")
                        .replace("<", "")
                        .replace(">", "")
                        .trim())
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
