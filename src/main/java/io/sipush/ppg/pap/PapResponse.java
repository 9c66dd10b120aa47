package io.sipush.ppg.pap;

/**
 * A PAP message the PPG sends to a Push Initiator: a reply to one of its operations, or a
 * resultnotification-message (WAP-247-PAP-20010429-a §9).
 */
public sealed interface PapResponse
        permits PushResponse,
                BadMessageResponse,
                CancelResponse,
                StatusQueryResponse,
                CcqResponse,
                ResultNotificationMessage {

    PapVersion version();
}
