package io.sipush.ppg.pap;

/**
 * The {@code replace-method} of a push-message, PAP 2.0 and later (WAP-247-PAP-20010429-a §9.2).
 * The default is {@code all}.
 */
public enum ReplaceMethod {
    ALL("all"),
    PENDING_ONLY("pending-only");

    private final String papName;

    ReplaceMethod(String papName) {
        this.papName = papName;
    }

    public String papName() {
        return papName;
    }

    /** @throws IllegalArgumentException for a name PAP does not define */
    public static ReplaceMethod fromPapName(String papName) {
        return PapNames.parse(ReplaceMethod.class, values(), papName, ReplaceMethod::papName);
    }
}
