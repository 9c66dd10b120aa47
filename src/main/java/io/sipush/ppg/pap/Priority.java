package io.sipush.ppg.pap;

import java.util.Locale;

/**
 * The {@code priority} of quality-of-service (WAP-247-PAP-20010429-a §9.2). The default is
 * {@code medium}.
 */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW;

    public String papName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name PAP does not define */
    public static Priority fromPapName(String papName) {
        return PapNames.parse(Priority.class, values(), papName, Priority::papName);
    }
}
