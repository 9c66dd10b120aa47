package io.sipush.ppg.pap;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Lets the protocol records validate themselves in their constructors and still hand a checked
 * {@link PapException} to callers of their {@code of(...)} factories.
 */
final class Validation {

    private Validation() {}

    /** Thrown by record constructors; carries the PapException that {@code of} rethrows. */
    static final class Violation extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Violation(PapException cause) {
            super(cause.getMessage(), cause);
        }

        PapException papException() {
            return (PapException) getCause();
        }
    }

    static <T> T construct(Supplier<T> constructor) throws PapException {
        try {
            return constructor.get();
        } catch (Violation violation) {
            throw violation.papException();
        }
    }

    static void require(boolean condition, StatusCode code, String desc) {
        if (!condition) {
            throw new Violation(new PapException(code, desc));
        }
    }

    static void requireBadRequest(boolean condition, String desc) {
        require(condition, StatusCode.BAD_REQUEST, desc);
    }

    static String requireText(String value, String attribute) {
        requireBadRequest(value != null && !value.isBlank(), attribute + " is missing or empty");
        return value;
    }

    static <T> T requirePresent(T value, String name) {
        requireBadRequest(value != null, name + " is missing");
        return value;
    }

    static <T> List<T> copyOf(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        requireBadRequest(values.stream().allMatch(Objects::nonNull), name + " contains null");
        return List.copyOf(values);
    }

    static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
