package io.sipush.ppg.pap;

/**
 * A PAP operation a Push Initiator sends to the PPG (WAP-247-PAP-20010429-a §9). Instances
 * validate themselves: their {@code of(...)} factories throw {@link PapException}, their
 * constructors an IllegalArgumentException whose cause is that PapException.
 */
public sealed interface PapRequest
        permits PushMessage, CancelMessage, StatusQueryMessage, CcqMessage, ResultNotificationResponse {

    /** The PAP version the Push Initiator wrote; the reply uses it too. */
    PapVersion version();
}
