package io.sipush.ppg.content.cp;

/**
 * The MAC (or, for USERPINMAC, the PIN's check digits) does not match the body
 * (OMA-WAP-TS-ProvBoot-V1_1 §5).
 */
public class MacMismatchException extends BootstrapVerificationException {

    private static final long serialVersionUID = 1L;

    public MacMismatchException(String message) {
        super(message);
    }
}
