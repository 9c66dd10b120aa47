package io.sipush.ppg.content.dm;

/**
 * The bytes are not a well-formed General Package #0 (OMA-TS-DM_Notification-V1_2 §6.2):
 * too short, a length identifier that overruns the data, a zero session id, non-zero
 * future-use bits, or a server identifier that is not UTF-8.
 */
public class MalformedPackage0Exception extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedPackage0Exception(String message) {
        super(message);
    }
}
