package io.sipush.ppg.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutated SIP for the fuzz test, from one seeded {@link Random}: REGISTERs with values of every
 * length around the registry's columns, missing and doubled headers, wrong CSeq, odd transports,
 * garbage bytes and truncation; and answers to a MESSAGE that either cannot match its
 * transaction (any status) or match it with a harmless status (1xx or 200) and odd headers.
 */
final class SipMutator {
    private static final int[] AOR_LENGTHS = {0, 1, 8, 400, 496, 511, 513, 1000, 3000};
    private static final int[] CONTACT_LENGTHS = {0, 1, 8, 500, 1000, 1020, 1025, 2000, 5000};
    private static final int[] TAG_LENGTHS = {0, 1, 9, 1000, 1023, 1025, 4000};
    private static final String[] REQUIRED = {"Via", "From", "To", "Call-ID", "CSeq", "Max-Forwards", "Contact"};
    private static final String[] CSEQS = {
        "abc REGISTER", "1 INVITE", "99999999999999999999 REGISTER", "-1 REGISTER", "1", "", "1 REGISTER extra"
    };
    private static final String[] VIA_TRANSPORTS = {"SCTP", "WS", "XYZ", "udp", "TLS", "", "UDP/extra"};
    private static final String[] CONTACT_PARAMS = {
        ";transport=sctp",
        ";transport=",
        ";transport=x%00y",
        ";expires=abc",
        ";expires=-5",
        ";expires=99999999999999",
        ";q=2.5",
        ";q=abc",
        ";q=-1",
        ";+g.oma.pusheventapp",
        ";+g.oma.pusheventapp=\"\"",
        ";+g.oma.pusheventapp=\"a,b,,\\\"c\"",
        ";lr;lr;lr"
    };
    private static final String[] CONTACT_URIS = {
        "<sip:@>",
        "<mailto:x@example.org>",
        "<sip:user@[::1]:5060>",
        "<sip:u@h:99999>",
        "<sip:u@127.0.0.1:0>",
        "<tel:+1555>",
        "<sips:u@127.0.0.1>",
        "sip:bare@127.0.0.1;expires=5",
        "\"Name \\\"q\\\"\" <sip:n@127.0.0.1>",
        "<sip:u@127.0.0.1",
        "<>",
        "*"
    };
    private static final String[] TO_URIS = {
        "<tel:+15551234567>",
        "<tel:abc>",
        "<sip:ims.example.org>",
        "<sips:x@ims.example.org>",
        "<http://x>",
        "garbage",
        "<sip:x@>",
        "<sip:x@ims.example.org;user=phone>"
    };
    private static final String[] EXPIRES = {"abc", "-5", "99999999999999", "0", "", "1.5", "600 600"};
    private static final String[] GARBAGE_LINES = {
        "NoColonHere",
        ": no name",
        "X-Ünïcode: ünïcode",
        "Via:",
        "Content-Type: application/sdp",
        "\t folded",
        "Contact:",
        "Path: <sip:p@127.0.0.1;lr>",
        "Path: garbage<<>>",
        "Require: path",
        "Expires: 0"
    };

    private final Random random;
    private final String host;
    private final int port;

    SipMutator(Random random, String host, int port) {
        this.random = random;
        this.host = host;
        this.port = port;
    }

    /** A REGISTER with one to three mutations, as bytes; {@code transport} goes into its Via. */
    byte[] register(String transport) {
        List<String> lines = registerLines(transport);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutateRegister(lines);
        }
        byte[] bytes = (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        return random.nextInt(20) == 0 ? garble(bytes) : bytes;
    }

    private List<String> registerLines(String transport) {
        String aor = "sip:fuzz" + random.nextInt(40) + "@ims.example.org";
        List<String> lines = new ArrayList<>();
        lines.add("REGISTER sip:ims.example.org SIP/2.0");
        lines.add("Via: SIP/2.0/" + transport + " " + host + ":" + port + ";branch=z9hG4bK" + random.nextLong()
                + ";rport");
        lines.add("Max-Forwards: 70");
        lines.add("From: <" + aor + ">;tag=f" + random.nextInt(1000));
        lines.add("To: <" + aor + ">");
        lines.add("Call-ID: fuzz-" + random.nextLong() + "@" + host);
        lines.add("CSeq: " + (1 + random.nextInt(1000)) + " REGISTER");
        lines.add(contact("c" + random.nextInt(5)));
        lines.add("Expires: 60");
        lines.add("Content-Length: 0");
        return lines;
    }

    private String contact(String user) {
        return "Contact: <sip:" + user + "@" + host + ":" + port + ">;+g.oma.pusheventapp=\"syncml.dm\";expires=60";
    }

    private void mutateRegister(List<String> lines) {
        switch (random.nextInt(16)) {
            case 0 -> replace(lines, "Contact", contact(pick(CONTACT_LENGTHS, 'c')));
            case 1 -> {
                String aor = "<sip:" + pick(AOR_LENGTHS, 'a') + "@ims.example.org>";
                replace(lines, "To", "To: " + aor);
                replace(lines, "From", "From: " + aor + ";tag=1");
            }
            case 2 ->
                replace(
                        lines,
                        "Contact",
                        "Contact: <sip:tag@" + host + ":" + port + ">;+g.oma.pusheventapp=\"" + pick(TAG_LENGTHS, 'f')
                                + "\";expires=60");
            case 3 -> remove(lines, REQUIRED[random.nextInt(REQUIRED.length)]);
            case 4 -> replace(lines, "CSeq", "CSeq: " + CSEQS[random.nextInt(CSEQS.length)]);
            case 5 ->
                replace(
                        lines,
                        "Via",
                        "Via: SIP/2.0/" + VIA_TRANSPORTS[random.nextInt(VIA_TRANSPORTS.length)] + " " + host + ":"
                                + port + ";branch=z9hG4bKodd" + random.nextInt(1000));
            case 6 -> appendTo(lines, "Contact", CONTACT_PARAMS[random.nextInt(CONTACT_PARAMS.length)]);
            case 7 -> replace(lines, "Expires", "Expires: " + EXPIRES[random.nextInt(EXPIRES.length)]);
            case 8 -> {
                replace(lines, "Contact", "Contact: *");
                replace(lines, "Expires", "Expires: " + (random.nextBoolean() ? "0" : "600"));
            }
            case 9 -> {
                int count = 30 + random.nextInt(10);
                for (int i = 0; i < count; i++) {
                    lines.add(lines.size() - 1, contact("m" + (i % 5)));
                }
            }
            case 10 -> replace(lines, "Contact", "Contact: " + CONTACT_URIS[random.nextInt(CONTACT_URIS.length)]);
            case 11 -> replace(lines, "To", "To: " + TO_URIS[random.nextInt(TO_URIS.length)]);
            case 12 -> lines.add(1 + random.nextInt(lines.size() - 1), lines.get(1 + random.nextInt(lines.size() - 1)));
            case 13 ->
                lines.add(1 + random.nextInt(lines.size() - 1), GARBAGE_LINES[random.nextInt(GARBAGE_LINES.length)]);
            case 14 -> replace(lines, "Content-Length", "Content-Length: " + (random.nextBoolean() ? "100" : "-1"));
            default -> lines.add(1, "Path: <sip:" + pick(CONTACT_LENGTHS, 'p') + "@127.0.0.1;lr>");
        }
    }

    /**
     * An answer to {@code message} (a MESSAGE the PPG sent): with {@code matching}, its own Via
     * branch and a 1xx or 200 status; otherwise a changed branch, Call-ID or CSeq method and any
     * status, or garbage.
     */
    byte[] answer(String message, boolean matching) {
        String via = RawSip.header(message, "Via");
        String callId = RawSip.header(message, "Call-ID");
        String cseq = RawSip.header(message, "CSeq");
        int status = matching ? new int[] {100, 180, 183, 200}[random.nextInt(4)] : anyStatus();
        String reason = random.nextInt(4) == 0 ? "R".repeat(random.nextInt(3000)) : "Fuzz";
        if (!matching) {
            switch (random.nextInt(4)) {
                case 0 ->
                    via = via == null ? null : via.replaceAll("branch=[^;]*", "branch=z9hG4bKx" + random.nextInt());
                case 1 -> callId = "other-" + random.nextLong();
                case 2 -> cseq = cseq == null ? null : cseq.replaceAll("MESSAGE", "INVITE");
                default -> via = null;
            }
        }
        StringBuilder text = new StringBuilder("SIP/2.0 " + status + " " + reason + "\r\n");
        if (via != null) {
            text.append("Via: ").append(via).append("\r\n");
        }
        text.append("From: ").append(RawSip.header(message, "From")).append("\r\n");
        text.append("To: ")
                .append(RawSip.header(message, "To"))
                .append(";tag=fz")
                .append(random.nextInt(9))
                .append("\r\n");
        if (random.nextInt(10) > 0) {
            text.append("Call-ID: ").append(callId).append("\r\n");
        }
        if (cseq != null && random.nextInt(10) > 0) {
            String number = random.nextInt(5) == 0 ? String.valueOf(random.nextInt()) : cseq.split(" ")[0];
            text.append("CSeq: ")
                    .append(number)
                    .append(" ")
                    .append(cseq.contains(" ") ? cseq.split(" ", 2)[1] : "")
                    .append("\r\n");
        }
        if (random.nextInt(3) == 0) {
            text.append("Contact: <sip:")
                    .append("r".repeat(random.nextInt(3000)))
                    .append("@127.0.0.1>\r\n");
        }
        if (random.nextInt(3) == 0) {
            text.append("Retry-After: ")
                    .append(random.nextBoolean() ? "99999999999" : "abc")
                    .append("\r\n");
        }
        if (random.nextInt(4) == 0) {
            text.append(GARBAGE_LINES[random.nextInt(GARBAGE_LINES.length)]).append("\r\n");
        }
        text.append("Content-Length: 0\r\n\r\n");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return !matching && random.nextInt(5) == 0 ? garble(bytes) : bytes;
    }

    /** An answer to no MESSAGE at all: made up identifiers, any status. */
    byte[] unsolicitedAnswer() {
        String invented = "MESSAGE sip:x@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:" + port + ";branch=z9hG4bK"
                + random.nextLong() + "\r\nFrom: <sip:ppg@ims.example.org>;tag=" + random.nextInt()
                + "\r\nTo: <sip:x@ims.example.org>\r\nCall-ID: " + random.nextLong() + "\r\nCSeq: 1 MESSAGE\r\n\r\n";
        return answer(invented, false);
    }

    private int anyStatus() {
        int[] statuses = {0, 99, 100, 200, 202, 302, 401, 407, 408, 480, 486, 500, 503, 603, 699, 700, 99999};
        return statuses[random.nextInt(statuses.length)];
    }

    private String pick(int[] lengths, char fill) {
        return String.valueOf(fill).repeat(lengths[random.nextInt(lengths.length)]);
    }

    private byte[] garble(byte[] bytes) {
        byte[] copy = bytes.clone();
        if (random.nextBoolean()) {
            return java.util.Arrays.copyOf(copy, random.nextInt(copy.length + 1));
        }
        int from = random.nextInt(copy.length);
        int length = Math.min(copy.length - from, 1 + random.nextInt(40));
        for (int i = from; i < from + length; i++) {
            copy[i] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static int indexOf(List<String> lines, String name) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return i;
            }
        }
        return -1;
    }

    private static void replace(List<String> lines, String name, String line) {
        int i = indexOf(lines, name);
        if (i < 0) {
            lines.add(lines.size() - 1, line);
        } else {
            lines.set(i, line);
        }
    }

    private static void remove(List<String> lines, String name) {
        int i = indexOf(lines, name);
        if (i >= 0) {
            lines.remove(i);
        }
    }

    private static void appendTo(List<String> lines, String name, String suffix) {
        int i = indexOf(lines, name);
        if (i >= 0) {
            lines.set(i, lines.get(i) + suffix);
        }
    }
}
