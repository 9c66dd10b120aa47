package io.sipush.ppg.content.cp;

/**
 * The security method needs an IMSI or PIN that was not given, or the PIN does not fit it
 * (OMA-WAP-TS-ProvBoot-V1_1 §5).
 */
public class MissingBootstrapSecretException extends BootstrapVerificationException {

    private static final long serialVersionUID = 1L;

    public MissingBootstrapSecretException(String message) {
        super(message);
    }
}
