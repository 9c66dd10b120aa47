package io.sipush.ppg.pap.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.mime.MultipartRelatedReader;
import io.sipush.ppg.pap.mime.PushSubmissionEntity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fuzz test of the PAP codec (issue 3, hardening): deterministic mutations of the valid
 * corpus, at least 10,000 control entities through {@link PapDecoder} and a few thousand push
 * submissions through {@link MultipartRelatedReader} then the decoder. Every outcome must be a
 * decoded request or a {@link PapException} with a 2xxx or 3xxx code that makes an encodable
 * badmessage-response; no other exception may escape. Mutation {@code i} uses the seed
 * {@code SEED + i}, so a failure names the mutation that reproduces it.
 */
class PapDecoderMutationTest {

    static final int XML_MUTATIONS = 10_500;
    private static final int MULTIPART_MUTATIONS = 3_000;
    static final long SEED = 20260325L;
    /** Every failure's reply is encoded; every so many are also decoded back, to keep the run short. */
    private static final int REPLY_CHECK_EVERY = 7;

    private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern ELEMENT = Pattern.compile("<(address|quality-of-service)[^>]*/>");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*(\\[[^\\]]*\\])?\\s*>");
    private static final String[] SNIPPETS = {
        "<",
        ">",
        "&",
        "\"",
        "'",
        "]]>",
        "<!--",
        "-->",
        "<![CDATA[x]]>",
        "&foo;",
        "&#0;",
        "&#x110000;",
        "&#xD800;",
        "<!ENTITY x \"y\">",
        "<?wap-pap-ver supported-versions=\"9\"?>",
        "<?wap-pap-ver supported-versions=\"2.0,1.*\"?>",
        "<?xml version=\"1.0\"?>",
        "<address/>",
        "<address address-value=\"WAPPUSH=10.0.0.1/TYPE=IPv4\"/>",
        "<quality-of-service priority=\"x\"/>",
        "<quality-of-service network=\"GSM\" network-required=\"true\"/>",
        "<push-message push-id=\"x\"/>",
        "<progress-note stage=\"x\"/>",
        "\u0000",
        "\u0007",
        "\uFEFF",
        "\uFFFE",
        "\uD800",
        "%",
        "%zz",
        "/TYPE=",
        "@",
        "WAPPUSH=",
        " version=\"3.0\"",
        " xmlns=\"urn:x\"",
        " xml:lang=\"en\"",
        " ppg-notifiy-requested-to=\"http://x/\"",
        "\r\n",
        "\t"
    };
    private static final String[] VALUES = {
        "",
        " ",
        "true",
        "TRUE",
        "false",
        "yes",
        "all",
        "pending-only",
        "PENDING-ONLY",
        "high",
        "confirmed",
        "1000",
        "1001",
        "99999",
        "-1",
        "2030-01-01T00:00:00Z",
        "2030-01-01T00:00:00",
        "2030-01-01T00:00:00.5Z",
        "2030-01-01T00:00:00+01:00",
        "1970-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "2030-02-30T00:00:00Z",
        "2.0",
        "3.0",
        "http://pi.example.com/n",
        "ftp://x",
        "WAPPUSH=+15551234567/TYPE=PLMN",
        "WAPPUSH=sip%3Ax%40y/TYPE=USER@",
        "WAPPUSH=%/TYPE=USER",
        "WAPPUSH=sip%3A%40/TYPE=USER",
        "WAPPUSH=tel%3A%2B1/TYPE=USER",
        "WAPPUSH=+1/TYPE=PLMN",
        "WAPPUSH=/TYPE=",
        "wappush=+1-555-0100/type=plmn@",
        "&amp;&lt;&gt;&quot;",
        "&#x263A;",
        "x".repeat(300),
        "\u263A\uD83D\uDE00"
    };
    private static final String[] DOCTYPES = {
        "",
        "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 1.0//EN\" \"http://www.wapforum.org/DTD/pap_1.0.dtd\">",
        "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP//EN\" \"http://www.wapforum.org/DTD/pap_1.0.dtd\">",
        "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 2.0//EN\" \"http://www.wapforum.org/DTD/pap_2.0.dtd\">",
        "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 2.1//EN\""
                + " \"http://www.openmobilealliance.org/tech/DTD/pap_2.1.dtd\">",
        "<!DOCTYPE pap SYSTEM \"http://www.wapforum.org/DTD/pap_2.0.dtd\">",
        "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 3.0//EN\" \"http://x/pap_3.0.dtd\">",
        "<!DOCTYPE pap SYSTEM \"file:///etc/passwd\">",
        "<!DOCTYPE pap [<!ENTITY a \"b\">]>",
        "<!DOCTYPE pap [<!ELEMENT pap ANY>]>",
        "<!DOCTYPE push-message PUBLIC \"-//WAPFORUM//DTD PAP 2.1//EN\" \"x\">",
        "<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 2.0//EN\" \"x\" [<?wap-pap-ver supported-versions=\"5.*\"?>]>"
    };

    private final PapDecoder decoder = new PapDecoder();
    private final PapEncoder encoder = new PapEncoder();
    private final MultipartRelatedReader multipart = new MultipartRelatedReader();
    private final Set<StatusCode> codes = EnumSet.noneOf(StatusCode.class);

    private static List<byte[]> corpus() {
        List<byte[]> corpus = new ArrayList<>();
        PapCorpus.valid().forEach(file -> corpus.add(PapCorpus.read(file)));
        assertFalse(corpus.isEmpty());
        return corpus;
    }

    @Test
    void every_mutated_control_entity_decodes_or_fails_with_a_client_or_server_pap_code() {
        List<byte[]> corpus = corpus();
        int decoded = 0;
        for (int i = 0; i < XML_MUTATIONS; i++) {
            Random random = new Random(SEED + i);
            byte[] original = corpus.get(random.nextInt(corpus.size()));
            byte[] mutant = new Mutator(random).mutate(original, i % Mutator.KINDS);
            if (decodes(i, mutant)) {
                decoded++;
            }
        }
        assertTrue(decoded < XML_MUTATIONS, "no mutation was refused: the mutator is broken");
        assertTrue(decoded > XML_MUTATIONS / 50, "few mutations decoded: the mutator is too destructive, " + decoded);
        assertTrue(
                codes.containsAll(
                        EnumSet.of(StatusCode.BAD_REQUEST, StatusCode.ADDRESS_ERROR, StatusCode.VERSION_NOT_SUPPORTED)),
                "the mutations reach too few of the decoder's failures: " + codes);
    }

    @Test
    void every_mutated_push_submission_is_read_or_fails_with_a_client_or_server_pap_code() {
        List<byte[]> corpus = corpus();
        int read = 0;
        for (int i = 0; i < MULTIPART_MUTATIONS; i++) {
            Random random = new Random(SEED * 31 + i);
            byte[] control = corpus.get(random.nextInt(corpus.size()));
            if (random.nextInt(3) == 0) {
                control = new Mutator(random).mutate(control, random.nextInt(Mutator.KINDS));
            }
            MultipartMutant mutant = new MultipartMutator(random).mutate(control, i % MultipartMutator.KINDS);
            if (readsAndDecodes(i, mutant)) {
                read++;
            }
        }
        assertTrue(read < MULTIPART_MUTATIONS, "no submission was refused: the mutator is broken");
        assertTrue(read > 0, "no submission was read: the mutator is too destructive");
    }

    private boolean decodes(int index, byte[] mutant) {
        try {
            PapRequest request = decoder.decodeRequest(mutant);
            assertReEncodes(index, request, mutant);
            return true;
        } catch (PapException e) {
            assertIsAnswerable(index, e, mutant);
            return false;
        } catch (RuntimeException | Error e) {
            fail("mutation " + index + " escaped " + e + " for " + text(mutant), e);
            return false;
        }
    }

    private boolean readsAndDecodes(int index, MultipartMutant mutant) {
        try {
            PushSubmissionEntity entity =
                    multipart.read(mutant.contentType(), new ByteArrayInputStream(mutant.body()), mutant.limits());
            decoder.decodeRequest(entity.controlEntity());
            return true;
        } catch (PapException e) {
            assertIsAnswerable(index, e, mutant.body());
            return false;
        } catch (RuntimeException | Error e) {
            fail(
                    "multipart mutation " + index + " escaped " + e + " for Content-Type: " + mutant.contentType()
                            + "\n" + text(mutant.body()),
                    e);
            return false;
        }
    }

    /** The failure has a 2xxx/3xxx code and a reason, and its badmessage-response encodes (and decodes). */
    private void assertIsAnswerable(int index, PapException e, byte[] mutant) {
        int codeClass = e.code().code() / 1000;
        assertTrue(
                codeClass == 2 || codeClass == 3,
                () -> "mutation " + index + ": code " + e.code() + " for " + text(mutant));
        assertFalse(
                e.getCause() instanceof RuntimeException,
                () -> "mutation " + index + ": unexpected " + e.getCause() + " for " + text(mutant));
        assertFalse(e.getMessage().isBlank());
        codes.add(e.code());
        PapVersion version = decoder.sniffVersion(mutant);
        byte[] reply = encoder.encode(BadMessageResponse.of(version, e));
        if (index % REPLY_CHECK_EVERY != 0) {
            return;
        }
        PapResponse back = decodeResponse(index, reply);
        assertTrue(back instanceof BadMessageResponse, () -> "mutation " + index + ": " + back);
        assertEquals(e.code(), ((BadMessageResponse) back).code(), "mutation " + index);
        assertEquals(version, back.version(), "mutation " + index);
    }

    /** A decoded request encodes, and reads back equal. */
    private void assertReEncodes(int index, PapRequest request, byte[] mutant) {
        try {
            assertEquals(
                    request,
                    decoder.decodeRequest(encoder.encode(request)),
                    () -> "mutation " + index + " does not round-trip: " + text(mutant));
        } catch (PapException e) {
            fail("mutation " + index + " decoded, but its re-encoding fails with " + e + ": " + text(mutant), e);
        }
    }

    private PapResponse decodeResponse(int index, byte[] xml) {
        try {
            return decoder.decodeResponse(xml);
        } catch (PapException e) {
            fail("mutation " + index + ": the badmessage-response does not decode: " + text(xml), e);
            return null;
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Mutations of one control entity. */
    static final class Mutator {
        static final int KINDS = 12;
        private final Random random;

        Mutator(Random random) {
            this.random = random;
        }

        byte[] mutate(byte[] original, int kind) {
            switch (kind) {
                case 0:
                    return flipBytes(original);
                case 1:
                    return Arrays.copyOf(original, random.nextInt(original.length));
                case 2:
                    return editAttribute(original, true);
                case 3:
                    return editAttribute(original, false);
                case 4:
                    return insert(original, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 5:
                    return deleteRange(original);
                case 6:
                    return replaceValue(original);
                case 7:
                    return misspellAttribute(original);
                case 8:
                    return swapDoctype(original);
                case 9:
                    return duplicateElement(original);
                case 10:
                    return changeCase(original);
                default:
                    return mutate(mutate(original, random.nextInt(KINDS - 1)), random.nextInt(KINDS - 1));
            }
        }

        private byte[] flipBytes(byte[] original) {
            byte[] copy = original.clone();
            int flips = 1 + random.nextInt(4);
            for (int i = 0; i < flips; i++) {
                int position = random.nextInt(copy.length);
                copy[position] = random.nextBoolean()
                        ? (byte) (copy[position] ^ (1 << random.nextInt(8)))
                        : (byte) random.nextInt(256);
            }
            return copy;
        }

        /** Duplicates or removes one attribute. */
        private byte[] editAttribute(byte[] original, boolean duplicate) {
            String text = text(original);
            Matcher attribute = pick(ATTRIBUTE, text);
            if (attribute == null) {
                return original;
            }
            String whole = attribute.group();
            return splice(text, attribute.start(), attribute.end(), duplicate ? whole + whole : "");
        }

        /** Gives one attribute a value from {@link #VALUES}. */
        private byte[] replaceValue(byte[] original) {
            String text = text(original);
            Matcher attribute = pick(ATTRIBUTE, text);
            if (attribute == null) {
                return original;
            }
            return splice(text, attribute.start(2), attribute.end(2), VALUES[random.nextInt(VALUES.length)]);
        }

        /** Drops, doubles or changes one character of an attribute name. */
        private byte[] misspellAttribute(byte[] original) {
            String text = text(original);
            Matcher attribute = pick(ATTRIBUTE, text);
            if (attribute == null) {
                return original;
            }
            String name = attribute.group(1);
            int at = random.nextInt(name.length());
            String misspelt = switch (random.nextInt(3)) {
                case 0 -> name.substring(0, at) + name.substring(at + 1);
                case 1 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
                default -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
            };
            if (misspelt.isEmpty()) {
                misspelt = "x";
            }
            return splice(text, attribute.start(1), attribute.end(1), misspelt);
        }

        /** Replaces (or removes, or adds) the DOCTYPE. */
        private byte[] swapDoctype(byte[] original) {
            String text = text(original);
            String doctype = DOCTYPES[random.nextInt(DOCTYPES.length)];
            Matcher existing = DOCTYPE.matcher(text);
            if (existing.find()) {
                return splice(text, existing.start(), existing.end(), doctype);
            }
            int pap = text.indexOf("<pap");
            return pap < 0 ? original : splice(text, pap, pap, doctype + "\n");
        }

        /** Doubles an address or a quality-of-service element. */
        private byte[] duplicateElement(byte[] original) {
            String text = text(original);
            Matcher element = pick(ELEMENT, text);
            if (element == null) {
                return insert(original, "<address address-value=\"WAPPUSH=+15551234567/TYPE=PLMN\"/>");
            }
            return splice(text, element.end(), element.end(), element.group());
        }

        /** Upper-cases or lower-cases a stretch of the document. */
        private byte[] changeCase(byte[] original) {
            String text = text(original);
            int start = random.nextInt(text.length());
            int end = Math.min(text.length(), start + 1 + random.nextInt(30));
            String part = text.substring(start, end);
            part = random.nextBoolean() ? part.toUpperCase(Locale.ROOT) : part.toLowerCase(Locale.ROOT);
            return splice(text, start, end, part);
        }

        private byte[] insert(byte[] original, String snippet) {
            String text = text(original);
            int position = random.nextInt(text.length() + 1);
            return splice(text, position, position, snippet);
        }

        private byte[] deleteRange(byte[] original) {
            int start = random.nextInt(original.length);
            int end = Math.min(original.length, start + 1 + random.nextInt(40));
            byte[] result = new byte[original.length - (end - start)];
            System.arraycopy(original, 0, result, 0, start);
            System.arraycopy(original, end, result, start, original.length - end);
            return result;
        }

        private Matcher pick(Pattern pattern, String text) {
            Matcher matcher = pattern.matcher(text);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            if (count == 0) {
                return null;
            }
            int wanted = random.nextInt(count);
            matcher.reset();
            for (int i = 0; i <= wanted; i++) {
                matcher.find();
            }
            return matcher;
        }

        private static byte[] splice(String text, int start, int end, String replacement) {
            return (text.substring(0, start) + replacement + text.substring(end)).getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A push submission as it reaches the reader: Content-Type header, body, limits. */
    private record MultipartMutant(String contentType, byte[] body, PapLimits limits) {}

    /** Mutations of the framing around one control entity. */
    private static final class MultipartMutator {
        static final int KINDS = 14;
        private static final String BOUNDARY = "fz-7c1";
        private static final String[] CONTENT_TYPES = {
            "multipart/related; boundary=" + BOUNDARY + "; type=\"application/xml\"",
            "multipart/related; boundary=\"" + BOUNDARY + "\"",
            "Multipart/Related; Boundary=" + BOUNDARY + "; TYPE=application/xml",
            "multipart/related; boundary=" + BOUNDARY + "; type=\"text/plain\"",
            "multipart/mixed; boundary=" + BOUNDARY,
            "multipart/related; type=\"application/xml\"",
            "multipart/related; boundary=",
            "multipart/related; boundary=\"" + BOUNDARY,
            "multipart/related; boundary=" + "b".repeat(71),
            "multipart/related; boundary=\"" + BOUNDARY + " \"",
            "multipart/related;; boundary=" + BOUNDARY,
            "multipart/related boundary=" + BOUNDARY,
            "multipart/",
            "/related",
            "",
            "multipart/related; boundary=" + BOUNDARY + "; type=\"application/xml\"\r\nX-Injected: 1",
            "multipart/related; boundary=" + BOUNDARY + "; start=\"<x>\"; type=application/xml"
        };
        private static final String[] CONTENT_HEADERS = {
            "Content-Type: application/vnd.syncml.notification",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Type: application/vnd.wap.connectivity-wbxml; SEC=USERPIN; MAC=ABCDEF",
            "Content-Type:",
            "Content-Type: text",
            "Content-Type: text/plain; charset=\"unterminated",
            "Content-Transfer-Encoding: base64",
            "Content-Transfer-Encoding: quoted-printable",
            "Content-Transfer-Encoding: 8bit",
            "X-Wap-Application-Id: 0x07",
            "X-Wap-Application-Id: x-wap-application:syncml.dm",
            "X-Wap-Application-Id: 0xFFFFFFF",
            "X-Wap-Application-Id: 99999999999999999999",
            "X-Wap-Application-Id: \"\"",
            "X-Wap-Application-Id:",
            " folded continuation",
            "no colon here",
            ": empty name",
            "Content-Type: text/plain",
            "Content-Id: <c1>"
        };

        private final Random random;

        MultipartMutator(Random random) {
            this.random = random;
        }

        MultipartMutant mutate(byte[] control, int kind) {
            String contentType = CONTENT_TYPES[0];
            List<String> contentHeaders = new ArrayList<>(List.of(CONTENT_HEADERS[0], CONTENT_HEADERS[9]));
            byte[] content = {0x01, 0x02, 'h', 'i', (byte) 0xFF};
            String eol = "\r\n";
            PapLimits limits = PapLimits.defaults();
            int extraParts = 0;
            String preamble = "";
            switch (kind) {
                case 0, 1 -> {
                    return flip(frame(contentType, control, contentHeaders, content, eol, 0, preamble), limits);
                }
                case 2 -> {
                    byte[] body = frame(contentType, control, contentHeaders, content, eol, 0, preamble);
                    return new MultipartMutant(contentType, Arrays.copyOf(body, random.nextInt(body.length)), limits);
                }
                case 3 -> contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
                case 4 -> contentHeaders.set(0, CONTENT_HEADERS[random.nextInt(CONTENT_HEADERS.length)]);
                case 5 -> contentHeaders.add(CONTENT_HEADERS[random.nextInt(CONTENT_HEADERS.length)]);
                case 6 -> {
                    contentHeaders.add(CONTENT_HEADERS[6]);
                    content = base64ish();
                }
                case 7 -> eol = random.nextBoolean() ? "\n" : "\r";
                case 8 -> extraParts = 1 + random.nextInt(3);
                case 9 ->
                    limits = new PapLimits(
                            1 + random.nextInt(8), 64 + random.nextInt(control.length + 256), 1 + random.nextInt(3), 8);
                case 10 -> preamble = random.nextBoolean() ? "preamble\r\n--" + BOUNDARY + "x\r\n" : "--" + BOUNDARY;
                case 11 ->
                    content = ("\r\n--" + BOUNDARY + (random.nextBoolean() ? "--" : "") + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII);
                case 12 -> contentHeaders.clear();
                default -> {
                    byte[] body = frame(contentType, control, contentHeaders, content, eol, 0, preamble);
                    return new MultipartMutant(contentType, deleteRange(body), limits);
                }
            }
            return new MultipartMutant(
                    contentType,
                    frame(contentType, control, contentHeaders, content, eol, extraParts, preamble),
                    limits);
        }

        private static byte[] frame(
                String contentType,
                byte[] control,
                List<String> contentHeaders,
                byte[] content,
                String eol,
                int extraParts,
                String preamble) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ascii(out, preamble + "--" + BOUNDARY + eol + "Content-Type: application/xml" + eol + eol);
            out.writeBytes(control);
            ascii(out, eol + "--" + BOUNDARY + eol);
            for (String header : contentHeaders) {
                ascii(out, header + eol);
            }
            ascii(out, eol);
            out.writeBytes(content);
            for (int i = 0; i < extraParts; i++) {
                ascii(out, eol + "--" + BOUNDARY + eol + "Content-Type: application/rdf+xml" + eol + eol + "<rdf/>");
            }
            ascii(out, eol + "--" + BOUNDARY + "--" + eol);
            return out.toByteArray();
        }

        private MultipartMutant flip(byte[] body, PapLimits limits) {
            byte[] copy = body.clone();
            int flips = 1 + random.nextInt(6);
            for (int i = 0; i < flips; i++) {
                int position = random.nextInt(copy.length);
                copy[position] = (byte) random.nextInt(256);
            }
            return new MultipartMutant(CONTENT_TYPES[0], copy, limits);
        }

        private byte[] base64ish() {
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \r\n-_!*";
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString().getBytes(StandardCharsets.US_ASCII);
        }

        private byte[] deleteRange(byte[] original) {
            int start = random.nextInt(original.length);
            int end = Math.min(original.length, start + 1 + random.nextInt(60));
            byte[] result = new byte[original.length - (end - start)];
            System.arraycopy(original, 0, result, 0, start);
            System.arraycopy(original, end, result, start, original.length - end);
            return result;
        }

        private static void ascii(java.io.ByteArrayOutputStream out, String text) {
            out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
