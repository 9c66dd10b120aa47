package io.sipush.ppg.pap;

import java.util.Locale;

/**
 * The {@code delivery-method} of quality-of-service (WAP-247-PAP-20010429-a §9.2). The default
 * is {@code notspecified}.
 */
public enum DeliveryMethod {
    CONFIRMED,
    PREFERCONFIRMED,
    UNCONFIRMED,
    NOTSPECIFIED;

    public String papName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name PAP does not define */
    public static DeliveryMethod fromPapName(String papName) {
        return PapNames.parse(DeliveryMethod.class, values(), papName, DeliveryMethod::papName);
    }
}
