package io.sipush.ppg.pap;

import java.util.Locale;

/**
 * Message states a PPG reports in statusquery-result and resultnotification-message
 * (WAP-247-PAP-20010429-a §9.9 and §9.6).
 */
public enum MessageState {
    PENDING,
    DELIVERED,
    UNDELIVERABLE,
    EXPIRED,
    ABORTED,
    TIMEOUT,
    CANCELLED,
    UNKNOWN;

    /** The state as PAP spells it, e.g. {@code "pending"}. */
    public String papName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every state but {@code pending} and {@code unknown} ends a push. */
    public boolean isFinal() {
        return this != PENDING && this != UNKNOWN;
    }

    /**
     * The state for its PAP name, matched without regard to case.
     *
     * @throws IllegalArgumentException for a name PAP does not define
     */
    public static MessageState fromPapName(String papName) {
        return PapNames.parse(MessageState.class, values(), papName, MessageState::papName);
    }
}
