package io.sipush.ppg.content.dm;

/**
 * The Package #0 digest matches neither the server nonce nor either reading of the
 * resynchronisation nonce (OMA-TS-DM_Notification-V1_2 §6.2, digest).
 */
public class DigestMismatchException extends Exception {

    private static final long serialVersionUID = 1L;

    public DigestMismatchException(String message) {
        super(message);
    }
}
