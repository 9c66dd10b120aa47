package io.sipush.ppg.monitoring;

/**
 * The fixed form in which every log line about a push names it: {@code instance=<PPG_INSTANCE_ID>
 * pi=<name> push-id=<id>}, so that one grep (or one JSON message filter) finds every line of one
 * push, and which instance of a cluster wrote it. PI and push-id come from a PI, so both pass
 * through {@link LogValue}: a push-id cannot start a forged log line.
 */
public final class PushLogTag {
    private static volatile String instance = "";

    private PushLogTag() {}

    /** Set once at start: the instance id that prefixes every push's log lines. */
    public static void instance(String instanceId) {
        instance = instanceId == null || instanceId.isBlank() ? "" : "instance=" + instanceId + " ";
    }

    /** The prefix naming this instance ({@code instance=<id> }), or empty before it is known. */
    public static String instance() {
        return instance;
    }

    public static String of(String piName, String pushId) {
        return instance + "pi=" + LogValue.of(piName) + " push-id=" + LogValue.of(pushId);
    }
}
