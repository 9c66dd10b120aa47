package io.sipush.ppg.pushinitiator;

/** The rule for account names: 1 to 64 letters, digits, '.', '_' or '-'. */
public final class PushInitiatorName {
    /**
     * Names that begin so are the PPG's own: the account of its warm-up at start, whose pushes it
     * removes afterwards. No admin and no {@code PPG_BOOTSTRAP_PI} may take one.
     */
    public static final String RESERVED_PREFIX = "ppg-warm-up-";

    private PushInitiatorName() {}

    /** Whether {@code name} is reserved for the PPG's own warm-up account. */
    public static boolean reserved(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).startsWith(RESERVED_PREFIX);
    }

    public static String require(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a push initiator name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return name;
    }
}
