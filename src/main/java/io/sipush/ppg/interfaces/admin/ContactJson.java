package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.terminal.ContactBinding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.json.bind.annotation.JsonbPropertyOrder;

/**
 * One registered contact: its URI, when it expires, its q value, the transport its URI asks for
 * ({@code udp} unless a {@code transport} parameter or {@code sips:} says otherwise) and the push
 * application IDs it announced.
 */
@JsonbPropertyOrder({"uri", "expiresAt", "expiresInSeconds", "q", "transport", "pushApplicationIds"})
public class ContactJson {
    private static final Pattern TRANSPORT = Pattern.compile(";transport=([A-Za-z0-9]+)");

    public String uri;
    public String expiresAt;
    public long expiresInSeconds;
    public float q;
    public String transport;
    public List<String> pushApplicationIds;

    static ContactJson of(ContactBinding contact, Instant now) {
        ContactJson json = new ContactJson();
        json.uri = contact.contactUri();
        json.expiresAt = Json.time(contact.expiresAt());
        json.expiresInSeconds =
                Math.max(0, Duration.between(now, contact.expiresAt()).getSeconds());
        json.q = contact.q();
        json.transport = transportOf(contact.contactUri());
        json.pushApplicationIds = contact.pushApplicationIds();
        return json;
    }

    static String transportOf(String uri) {
        Matcher m = TRANSPORT.matcher(uri);
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        return uri.toLowerCase(Locale.ROOT).startsWith("sips:") ? "tls" : "udp";
    }
}
