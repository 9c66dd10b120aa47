package io.sipush.ppg.pap.mime;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.StatusCode;
import java.util.regex.Pattern;

/**
 * The content part's values that the PPG copies into SIP headers of the MESSAGE (DESIGN.md §4
 * "Trust and hostile input on the SIP side"): its {@code Content-Type} goes into the MESSAGE's
 * Content-Type, and the push application ID into {@code Accept-Contact:
 * *;+g.oma.pusheventapp="<app>"} (RFC 3841 §9.2). A value that could end that header or its quoted
 * string is refused at decode time with 2000, so that a PI can never add headers to a MESSAGE.
 *
 * <ul>
 *   <li>Content-Type: no control character (CR, LF, NUL, ...) and nothing outside US-ASCII,
 *       quoted parameters included (RFC 3261 §25.1 {@code qdtext} has no CR or LF).
 *   <li>X-Wap-Application-Id: a URN or short name of RFC 3261 token characters and {@code :}
 *       only, so no {@code "}, {@code ,}, {@code \}, blank or control character (the registered
 *       IDs of OMNA all qualify).
 * </ul>
 */
final class SipHeaderSafety {
    private static final Pattern SAFE_APPLICATION_ID = Pattern.compile("[A-Za-z0-9.!%*_+`'~:-]+");

    private SipHeaderSafety() {}

    /** @throws PapException 2000 when the Content-Type holds a character a SIP header cannot carry */
    static void requireSafeContentType(String contentType) throws PapException {
        for (int i = 0; i < contentType.length(); i++) {
            char c = contentType.charAt(i);
            if ((c < 0x20 && c != '\t') || c >= 0x7F) {
                throw new PapException(
                        StatusCode.BAD_REQUEST,
                        "The Content-Type of the content entity contains a control or non-ASCII character (code "
                                + (int) c
                                + "), which the SIP MESSAGE cannot carry",
                        "Content-Type: " + visible(contentType));
            }
        }
    }

    /** @throws PapException 2000 when the application ID could break out of Accept-Contact */
    static PushApplicationId requireSafeApplicationId(String headerValue) throws PapException {
        PushApplicationId id = PushApplicationId.parse(headerValue);
        if (!SAFE_APPLICATION_ID.matcher(id.urn()).matches()) {
            throw new PapException(
                    StatusCode.BAD_REQUEST,
                    "X-Wap-Application-Id may hold only letters, digits and . - _ : * + ! % ' ~ (it goes into the"
                            + " SIP Accept-Contact header); quotes, commas, blanks and control characters are refused",
                    "X-Wap-Application-Id: " + visible(headerValue));
        }
        return id;
    }

    /** The offending value as a PAP fragment: control characters shown as {@code \\uXXXX}. */
    private static String visible(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
