package io.sipush.ppg.content.cp;

/**
 * A Content-Type that is not a well-formed connectivity-wbxml type with valid SEC and MAC
 * (OMA-WAP-TS-ProvBoot-V1_1 §5).
 */
public class MalformedContentTypeException extends BootstrapVerificationException {

    private static final long serialVersionUID = 1L;

    public MalformedContentTypeException(String message) {
        super(message);
    }
}
