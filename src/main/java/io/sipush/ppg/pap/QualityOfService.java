package io.sipush.ppg.pap;

/**
 * The quality-of-service element of a push-message or resultnotification-message
 * (WAP-247-PAP-20010429-a §9.2 and §9.6). A null priority or delivery method
 * takes the PAP default; an empty network or bearer means none.
 */
public record QualityOfService(
        Priority priority,
        DeliveryMethod deliveryMethod,
        String network,
        boolean networkRequired,
        String bearer,
        boolean bearerRequired) {

    private static final QualityOfService DEFAULTS =
            new QualityOfService(Priority.MEDIUM, DeliveryMethod.NOTSPECIFIED, null, false, null, false);

    public QualityOfService {
        priority = priority == null ? Priority.MEDIUM : priority;
        deliveryMethod = deliveryMethod == null ? DeliveryMethod.NOTSPECIFIED : deliveryMethod;
        network = Validation.emptyToNull(network);
        bearer = Validation.emptyToNull(bearer);
    }

    /** Priority medium, delivery method notspecified, no network or bearer required. */
    public static QualityOfService defaults() {
        return DEFAULTS;
    }

    public boolean isDefault() {
        return equals(DEFAULTS);
    }
}
