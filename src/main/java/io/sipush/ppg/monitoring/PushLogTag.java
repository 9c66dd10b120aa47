package io.sipush.ppg.monitoring;

/**
 * The fixed form in which every log line about a push names it: {@code pi=<name> push-id=<id>},
 * so that one grep (or one JSON message filter) finds every line of one push.
 */
public final class PushLogTag {
    private PushLogTag() {}

    public static String of(String piName, String pushId) {
        return "pi=" + piName + " push-id=" + pushId;
    }
}
