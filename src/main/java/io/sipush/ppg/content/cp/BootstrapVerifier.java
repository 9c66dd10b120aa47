package io.sipush.ppg.content.cp;

import java.security.MessageDigest;
import java.util.Objects;

/**
 * Checks a received bootstrap message (WBXML body and Content-Type) against the terminal's
 * IMSI and/or PIN (OMA-WAP-TS-ProvBoot-V1_1 §5).
 *
 * <p>For USERPINMAC the second half of the PIN must match the body's HMAC, and a MAC
 * parameter, when present, must match too. Every other method needs a MAC parameter.
 */
public final class BootstrapVerifier {

    private final BootstrapSecrets secrets;

    public BootstrapVerifier(BootstrapSecrets secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /** Returns the security method that was verified. */
    public SecurityMethod verify(byte[] wbxml, String contentType) throws BootstrapVerificationException {
        return verify(wbxml, BootstrapContentType.parse(contentType));
    }

    /** Returns the security method that was verified. */
    public SecurityMethod verify(byte[] wbxml, BootstrapContentType contentType) throws BootstrapVerificationException {
        SecurityMethod method = contentType
                .security()
                .orElseThrow(() -> new UnsecuredBootstrapException("content type has no SEC parameter"));
        if (method == SecurityMethod.USERPINMAC) {
            verifyPinCheckDigits(wbxml);
        } else if (contentType.mac().isEmpty()) {
            throw new MalformedContentTypeException("SEC=" + method + " needs a MAC parameter");
        }
        if (contentType.mac().isPresent()) {
            verifyMac(method, contentType.mac().get(), wbxml);
        }
        return method;
    }

    private void verifyPinCheckDigits(byte[] wbxml) throws BootstrapVerificationException {
        UserPin pin = BootstrapMac.userPinMacPin(secrets);
        if (!BootstrapMac.userPinMacCheckDigitsMatch(pin, wbxml)) {
            throw new MacMismatchException("the second half of the USERPINMAC PIN does not match the body");
        }
    }

    private void verifyMac(SecurityMethod method, BootstrapMacValue received, byte[] wbxml)
            throws BootstrapVerificationException {
        BootstrapMacValue expected = BootstrapMac.compute(method, secrets, wbxml);
        if (!MessageDigest.isEqual(expected.bytes(), received.bytes())) {
            throw new MacMismatchException("MAC for SEC=" + method + " does not match the body");
        }
    }
}
