package io.sipush.ppg.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digest access authentication as SIP uses it (RFC 3261 §22.4, RFC 2617 §3.2.2): reads a
 * {@code WWW-Authenticate} or {@code Proxy-Authenticate} challenge and computes the matching
 * {@code Authorization} value, with {@code qop=auth} when the challenge offers it. MD5 only.
 */
public final class DigestChallengeResponse {
    private static final Pattern PARAM = Pattern.compile("([A-Za-z-]+)\\s*=\\s*(\"([^\"]*)\"|[^,\\s]+)");

    private DigestChallengeResponse() {}

    /**
     * The credentials line for {@code method} on {@code uri}, or empty when the challenge is not
     * a digest challenge this class can answer.
     */
    public static Optional<String> answer(
            String challenge, String method, String uri, String user, String password, String cnonce) {
        if (challenge == null || !challenge.trim().regionMatches(true, 0, "Digest", 0, 6)) {
            return Optional.empty();
        }
        Map<String, String> p = params(challenge.trim().substring(6));
        String algorithm = p.getOrDefault("algorithm", "MD5");
        if (!algorithm.equalsIgnoreCase("MD5") || !p.containsKey("realm") || !p.containsKey("nonce")) {
            return Optional.empty();
        }
        boolean qopAuth =
                p.containsKey("qop") && p.get("qop").toLowerCase(Locale.ROOT).matches(".*\\bauth\\b.*");
        String ha1 = md5(user + ":" + p.get("realm") + ":" + password);
        String ha2 = md5(method + ":" + uri);
        String nc = "00000001";
        String response = qopAuth
                ? md5(ha1 + ":" + p.get("nonce") + ":" + nc + ":" + cnonce + ":auth:" + ha2)
                : md5(ha1 + ":" + p.get("nonce") + ":" + ha2);
        StringBuilder line = new StringBuilder("Digest username=\"")
                .append(user)
                .append("\", realm=\"")
                .append(p.get("realm"))
                .append("\", nonce=\"")
                .append(p.get("nonce"))
                .append("\", uri=\"")
                .append(uri)
                .append("\", response=\"")
                .append(response)
                .append("\", algorithm=MD5");
        if (qopAuth) {
            line.append(", qop=auth, nc=")
                    .append(nc)
                    .append(", cnonce=\"")
                    .append(cnonce)
                    .append('"');
        }
        if (p.containsKey("opaque")) {
            line.append(", opaque=\"").append(p.get("opaque")).append('"');
        }
        return Optional.of(line.toString());
    }

    private static Map<String, String> params(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(text);
        while (m.find()) {
            params.put(m.group(1).toLowerCase(Locale.ROOT), m.group(3) != null ? m.group(3) : m.group(2));
        }
        return params;
    }

    static String md5(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
