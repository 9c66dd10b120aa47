package io.sipush.ppg.pushinitiator;

import java.util.Optional;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * The client certificate a PI must present over HTTPS (mutual TLS), named in its policy either
 * by SHA-256 fingerprint ({@code sha256:AB:CD:...}, 64 hex digits, colons optional) or by subject
 * distinguished name ({@code CN=dm-server,O=Example}). The certificate itself is checked by the
 * TLS layer against the server's trust store; this rule ties it to the account.
 */
public final class ClientCertificateRule {
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    private final String text;
    private final String fingerprint;
    private final X500Principal subject;

    private ClientCertificateRule(String text, String fingerprint, X500Principal subject) {
        this.text = text;
        this.fingerprint = fingerprint;
        this.subject = subject;
    }

    /**
     * Reads a rule.
     *
     * @throws InvalidPolicyException when it is neither a fingerprint nor a distinguished name
     */
    public static ClientCertificateRule parse(String entry) {
        String text = entry.trim();
        String hex = ClientCertificate.normalisedFingerprint(text);
        if (FINGERPRINT.matcher(hex).matches()) {
            return new ClientCertificateRule(text, hex, null);
        }
        try {
            return new ClientCertificateRule(text, null, new X500Principal(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException("client certificate '" + text
                    + "' is neither a SHA-256 fingerprint (64 hex digits) nor a subject DN such as CN=pi,O=Example");
        }
    }

    /** Whether the certificate the request came with (if any) is the one this rule names. */
    public boolean matches(Optional<ClientCertificate> presented) {
        if (presented.isEmpty()) {
            return false;
        }
        if (fingerprint != null) {
            return fingerprint.equals(presented.get().sha256());
        }
        try {
            return subject.equals(new X500Principal(presented.get().subjectDn()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientCertificateRule r && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
