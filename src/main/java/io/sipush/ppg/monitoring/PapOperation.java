package io.sipush.ppg.monitoring;

/** The PAP operations a PI can ask for, as metric labels (PAP §9); {@code BAD_MESSAGE} when it could not be read. */
public enum PapOperation {
    PUSH("push-message"),
    CANCEL("cancel-message"),
    STATUS_QUERY("statusquery-message"),
    CCQ("ccq-message"),
    BAD_MESSAGE("badmessage");

    private final String label;

    PapOperation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
