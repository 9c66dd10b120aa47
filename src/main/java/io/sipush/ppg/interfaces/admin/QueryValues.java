package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.pap.MessageState;
import java.util.Optional;

/** Query parameters read by hand, so that a bad one gets 400 with its name, not JAX-RS's 404. */
final class QueryValues {
    static final int DEFAULT_LIMIT = 50;

    private QueryValues() {}

    static int number(String value, String name, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    static Optional<MessageState> state(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MessageState.fromPapName(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state must be one of pending, delivered, undeliverable, expired, "
                    + "aborted, timeout, cancelled; not '" + value + "'");
        }
    }
}
