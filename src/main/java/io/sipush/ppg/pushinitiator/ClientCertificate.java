package io.sipush.ppg.pushinitiator;

import java.util.Locale;
import java.util.Objects;

/**
 * The TLS client certificate a request came with, as a PI policy matches it: its subject
 * distinguished name (RFC 4514 form) and the SHA-256 fingerprint of its DER encoding, in
 * lower-case hex without separators.
 */
public record ClientCertificate(String subjectDn, String sha256) {

    public ClientCertificate {
        Objects.requireNonNull(subjectDn, "subjectDn");
        sha256 = normalisedFingerprint(Objects.requireNonNull(sha256, "sha256"));
    }

    /** A fingerprint without colons, blanks or a {@code sha256:} prefix, in lower case. */
    static String normalisedFingerprint(String text) {
        String hex = text.trim().toLowerCase(Locale.ROOT);
        if (hex.startsWith("sha256:")) {
            hex = hex.substring("sha256:".length());
        }
        return hex.replace(":", "").replace(" ", "");
    }
}
