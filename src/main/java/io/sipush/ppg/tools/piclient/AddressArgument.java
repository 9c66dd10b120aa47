package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.tools.cli.UsageException;
import java.util.Locale;

/**
 * Reads an address as an operator writes it on the command line: a SIP or tel URI
 * ({@code sip:alice@ims.example.org}, {@code tel:+15551234567}), a phone number
 * ({@code +15551234567}, a PLMN address), or a PAP address-value as is
 * ({@code WAPPUSH=.../TYPE=...}).
 */
public final class AddressArgument {
    private AddressArgument() {}

    public static PushAddress parse(String text) throws UsageException {
        String trimmed = text.trim();
        try {
            return PushAddress.parse(papValue(trimmed));
        } catch (PapException e) {
            throw new UsageException("address \"" + trimmed + "\": " + e.getMessage());
        }
    }

    /** The PAP address-value for {@code text} (WAP-247-PAP §9.2, USER values escaped). */
    static String papValue(String text) throws UsageException {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("wappush=")) {
            return text;
        }
        if (lower.startsWith("sip:") || lower.startsWith("sips:") || lower.startsWith("tel:")) {
            return "WAPPUSH=" + escape(text) + "/TYPE=USER";
        }
        if (text.startsWith("+")) {
            return "WAPPUSH=" + text + "/TYPE=PLMN";
        }
        throw new UsageException(
                "address \"" + text + "\" is neither a sip:/tel: URI, a +number nor a WAPPUSH= address");
    }

    private static String escape(String uri) {
        StringBuilder escaped = new StringBuilder(uri.length() + 8);
        for (char c : uri.toCharArray()) {
            switch (c) {
                case '%' -> escaped.append("%25");
                case '@' -> escaped.append("%40");
                case ':' -> escaped.append("%3A");
                case '/' -> escaped.append("%2F");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
