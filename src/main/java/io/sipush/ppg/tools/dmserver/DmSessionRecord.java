package io.sipush.ppg.tools.dmserver;

import java.util.Map;
import java.util.Optional;

/**
 * A finished DM session as the server saw it: who, what the device reported in DevInfo, and the
 * status the device gave to each command the server sent (the confirmation, each replaced node).
 */
public record DmSessionRecord(
        String sessionId,
        String deviceId,
        Map<String, String> devInfo,
        Optional<Integer> confirmationStatus,
        Map<String, Integer> replaceStatus) {

    /** True when every replaced node got 200 from the device. */
    public boolean allApplied() {
        return !replaceStatus.isEmpty() && replaceStatus.values().stream().allMatch(code -> code == 200);
    }
}
