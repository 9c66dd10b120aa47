package io.sipush.ppg.pushinitiator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user and password of an HTTP Basic {@code Authorization} header (RFC 7617 §2). */
public record BasicCredentials(String user, String password) {

    public static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? Optional.empty()
                    : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Reads {@code name:password}, the form of PPG_BOOTSTRAP_PI. */
    public static Optional<BasicCredentials> ofPair(String pair) {
        int colon = pair == null ? -1 : pair.indexOf(':');
        return colon <= 0 || colon == pair.length() - 1
                ? Optional.empty()
                : Optional.of(new BasicCredentials(pair.substring(0, colon), pair.substring(colon + 1)));
    }
}
