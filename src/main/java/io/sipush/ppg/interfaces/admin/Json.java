package io.sipush.ppg.interfaces.admin;

import java.time.Instant;
import java.util.Optional;

/** Small conversions shared by the JSON classes: times as ISO-8601 UTC text, absent as null. */
final class Json {
    private Json() {}

    static String time(Instant at) {
        return at == null ? null : at.toString();
    }

    static String time(Optional<Instant> at) {
        return at.map(Instant::toString).orElse(null);
    }

    static <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }
}
