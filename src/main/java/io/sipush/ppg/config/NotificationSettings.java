package io.sipush.ppg.config;

import io.sipush.ppg.push.notification.NotificationBackoff;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of result notifications, parsed like {@link PpgSettings}: {@code
 * PPG_NOTIFY_RETRY_LIMIT_S}, how long after a notification was stored
 * the PPG keeps retrying it (default 259200, 3 days).
 */
public record NotificationSettings(Duration retryLimit) {
    public static final String RETRY_LIMIT_VARIABLE = "PPG_NOTIFY_RETRY_LIMIT_S";

    public NotificationSettings {
        if (retryLimit.isNegative()) {
            throw new IllegalArgumentException(RETRY_LIMIT_VARIABLE + " must not be negative");
        }
    }

    public static NotificationSettings from(Map<String, String> env) {
        Optional<String> text = Optional.ofNullable(env.get(RETRY_LIMIT_VARIABLE))
                .map(String::trim)
                .filter(v -> !v.isEmpty());
        if (text.isEmpty()) {
            return new NotificationSettings(NotificationBackoff.DEFAULT_RETRY_LIMIT);
        }
        long seconds;
        try {
            seconds = Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    RETRY_LIMIT_VARIABLE + " must be a whole number of seconds, not '" + text.get() + "'", e);
        }
        if (seconds < 0) {
            throw new IllegalArgumentException(RETRY_LIMIT_VARIABLE + " must not be negative, not " + seconds);
        }
        return new NotificationSettings(Duration.ofSeconds(seconds));
    }

    /** The back-off of DESIGN.md's result notifications with this retry limit. */
    public NotificationBackoff backoff() {
        return NotificationBackoff.withRetryLimit(retryLimit);
    }
}
