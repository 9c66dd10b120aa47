package io.sipush.ppg.tools.syncml;

/**
 * The SyncHdr of a DM 1.2 message (OMA-TS-DM_RepPro-V1_2 §6.5): VerDTD 1.2, VerProto DM/1.2,
 * the session id (hex, as Package #0 gave it), the message id, and the target and source URIs.
 */
public record SyncMlHeader(String sessionId, int msgId, String target, String source) {}
