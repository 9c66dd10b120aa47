package io.sipush.ppg.infrastructure.persistence;

import java.util.Locale;

/** A JPQL {@code LIKE} pattern that finds a fragment of text as it is, with {@code \} as escape. */
final class LikePattern {
    static final String ESCAPE = " ESCAPE '\\'";

    private LikePattern() {}

    static String containing(String fragment) {
        return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static String containingIgnoringCase(String fragment) {
        return containing(fragment.toLowerCase(Locale.ROOT));
    }
}
