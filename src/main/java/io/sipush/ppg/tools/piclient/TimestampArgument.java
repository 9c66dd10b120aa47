package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapTimestamp;
import io.sipush.ppg.tools.cli.UsageException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deliver-before or deliver-after time: a PAP timestamp ({@code 2026-11-26T10:00:00Z})
 * or a delay from now ({@code +90s}, {@code +10m}, {@code +2h}, {@code +1d}).
 */
public final class TimestampArgument {
    private static final Pattern RELATIVE = Pattern.compile("\\+([0-9]{1,9})([smhd])");

    private TimestampArgument() {}

    public static Instant parse(String text, String option, Instant now) throws UsageException {
        Matcher relative = RELATIVE.matcher(text.trim());
        if (relative.matches()) {
            long amount = Long.parseLong(relative.group(1));
            Duration delay = switch (relative.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            return now.plus(delay).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        try {
            return PapTimestamp.parse(text.trim(), option);
        } catch (PapException e) {
            throw new UsageException(
                    "--" + option + " must be YYYY-MM-DDThh:mm:ssZ or +<n>s|m|h|d, was \"" + text + "\"");
        }
    }
}
