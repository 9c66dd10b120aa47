package io.sipush.ppg.content.cp;

/** A SEC value that names no security method (OMA-WAP-TS-ProvBoot-V1_1 §5). */
public class UnknownSecurityMethodException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnknownSecurityMethodException(String message) {
        super(message);
    }
}
