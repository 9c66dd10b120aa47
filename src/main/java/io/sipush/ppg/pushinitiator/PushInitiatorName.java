package io.sipush.ppg.pushinitiator;

/** The rule for account names: 1 to 64 letters, digits, '.', '_' or '-'. */
public final class PushInitiatorName {
    private PushInitiatorName() {}

    public static String require(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a push initiator name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return name;
    }
}
