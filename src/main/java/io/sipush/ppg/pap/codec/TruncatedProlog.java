package io.sipush.ppg.pap.codec;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.StatusCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Refuses, before parsing, a document that ends inside a processing instruction or inside the
 * DOCTYPE's internal subset. Such documents are malformed anyway (2000), but the JDK's parser
 * prints a stack trace to standard error for them, which a Push Initiator could use to flood
 * the logs. The check reads the bytes in the encoding family that their first bytes show (XML
 * 1.0 Appendix F.1: UTF-32 and UTF-16 by byte order mark or by the bytes of {@code <}), else as
 * ISO-8859-1, which finds the ASCII markup of every ASCII-compatible encoding.
 */
final class TruncatedProlog {

    private static final Pattern INTERNAL_SUBSET_END = Pattern.compile("]\\s*>");

    private TruncatedProlog() {}

    static void refuse(byte[] xml) throws PapException {
        String text = new String(xml, family(xml));
        int pi = text.lastIndexOf("<?");
        if (pi >= 0 && text.indexOf("?>", pi + 2) < 0) {
            throw truncated("a processing instruction", text.substring(pi));
        }
        int subset = internalSubsetStart(text);
        if (subset >= 0
                && !INTERNAL_SUBSET_END
                        .matcher(text)
                        .region(subset, text.length())
                        .find()) {
            throw truncated("the DOCTYPE", text.substring(text.indexOf("<!DOCTYPE")));
        }
    }

    /** The charset whose markup characters the first four bytes show (XML 1.0 Appendix F.1). */
    static Charset family(byte[] xml) {
        if (xml.length < 4) {
            return StandardCharsets.ISO_8859_1;
        }
        int b0 = xml[0] & 0xFF;
        int b1 = xml[1] & 0xFF;
        int b2 = xml[2] & 0xFF;
        int b3 = xml[3] & 0xFF;
        if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 == '<')) {
            return Charset.forName("UTF-32BE");
        }
        if (b2 == 0 && b3 == 0 && (b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0)) {
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == '<') {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE || b0 == '<' && b1 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.ISO_8859_1;
    }

    /** The index of the DOCTYPE's {@code [}, or -1 when there is no internal subset. */
    private static int internalSubsetStart(String text) {
        int doctype = text.indexOf("<!DOCTYPE");
        if (doctype < 0) {
            return -1;
        }
        char quote = 0;
        for (int i = doctype; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                return i;
            } else if (c == '>') {
                return -1;
            }
        }
        return -1;
    }

    private static PapException truncated(String where, String fragment) {
        return new PapException(StatusCode.BAD_REQUEST, "Malformed XML: the document ends inside " + where, fragment);
    }
}
