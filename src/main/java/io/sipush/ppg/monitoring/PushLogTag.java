package io.sipush.ppg.monitoring;

/**
 * The fixed form in which every log line about a push names it: {@code pi=<name> push-id=<id>},
 * so that one grep (or one JSON message filter) finds every line of one push. Both come from a PI,
 * so both pass through {@link LogValue}: a push-id cannot start a forged log line.
 */
public final class PushLogTag {
    private PushLogTag() {}

    public static String of(String piName, String pushId) {
        return "pi=" + LogValue.of(piName) + " push-id=" + LogValue.of(pushId);
    }
}
