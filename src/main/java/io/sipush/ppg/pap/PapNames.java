package io.sipush.ppg.pap;

import java.util.function.Function;

/** Looks up enum constants by the name PAP gives them. */
final class PapNames {

    private PapNames() {}

    static <E extends Enum<E>> E parse(Class<E> type, E[] values, String papName, Function<E, String> nameOf) {
        if (papName != null) {
            String trimmed = papName.trim();
            for (E value : values) {
                if (nameOf.apply(value).equalsIgnoreCase(trimmed)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " value: " + papName);
    }
}
