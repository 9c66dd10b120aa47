package io.sipush.ppg.content.cp;

/**
 * A bootstrap message that does not pass the shared-secret check
 * (OMA-WAP-TS-ProvBoot-V1_1 §5). The subclasses name the case.
 */
public abstract class BootstrapVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    protected BootstrapVerificationException(String message) {
        super(message);
    }
}
