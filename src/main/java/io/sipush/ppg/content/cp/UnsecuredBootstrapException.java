package io.sipush.ppg.content.cp;

/**
 * The content type carries no SEC parameter, so there is nothing to verify
 * (OMA-WAP-TS-ProvBoot-V1_1 §5).
 */
public class UnsecuredBootstrapException extends BootstrapVerificationException {

    private static final long serialVersionUID = 1L;

    public UnsecuredBootstrapException(String message) {
        super(message);
    }
}
