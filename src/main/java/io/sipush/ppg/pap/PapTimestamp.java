package io.sipush.ppg.pap;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The PAP %Datetime; form, UTC {@code YYYY-MM-DDThh:mm:ssZ} (WAP-247-PAP-20010429-a §9.2).
 */
public final class PapTimestamp {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withResolverStyle(ResolverStyle.STRICT)
            .withZone(ZoneOffset.UTC);

    private PapTimestamp() {}

    /**
     * Reads a timestamp attribute.
     *
     * @throws PapException 2000 naming the attribute when the value is not of the PAP form
     */
    public static Instant parse(String value, String attributeName) throws PapException {
        if (value == null || !FORM.matcher(value).matches()) {
            throw invalid(value, attributeName);
        }
        try {
            return LocalDateTime.parse(value, FORMATTER).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw invalid(value, attributeName);
        }
    }

    /** Writes an instant in the PAP form, dropping fractions of a second. */
    public static String format(Instant instant) {
        return FORMATTER.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static PapException invalid(String value, String attributeName) {
        return new PapException(
                StatusCode.BAD_REQUEST,
                attributeName + " is not a UTC timestamp of the form YYYY-MM-DDThh:mm:ssZ",
                attributeName + "=\"" + value + "\"");
    }
}
