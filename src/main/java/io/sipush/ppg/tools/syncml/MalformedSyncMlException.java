package io.sipush.ppg.tools.syncml;

/** The bytes are not a SyncML DM 1.2 message this reader understands. */
public class MalformedSyncMlException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedSyncMlException(String message) {
        super(message);
    }
}
