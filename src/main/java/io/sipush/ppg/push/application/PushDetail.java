package io.sipush.ppg.push.application;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A push in full, for the operator: its control attributes and each address with its history. */
public record PushDetail(
        PushSummary summary,
        PapVersion papVersion,
        Priority priority,
        DeliveryMethod deliveryMethod,
        Optional<Instant> deliverAfter,
        Optional<Instant> deliverBefore,
        Optional<String> sourceReference,
        Optional<String> notifyRequestedTo,
        List<AddressDetail> addresses) {

    public PushDetail {
        addresses = List.copyOf(addresses);
    }
}
