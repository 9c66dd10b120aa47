package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.application.PushCancellationService.Cancellation;
import java.util.Locale;
import javax.json.bind.annotation.JsonbPropertyOrder;

/**
 * What a cancellation did at one address: {@code cancelled}, {@code already-final} (the state
 * says which) or {@code not-sent-to-address}, with the reason where there is one.
 */
@JsonbPropertyOrder({"address", "outcome", "state", "reason"})
public class CancellationJson {
    public String address;
    public String outcome;
    public String state;
    public String reason;

    static CancellationJson of(Cancellation cancellation) {
        CancellationJson json = new CancellationJson();
        json.address = cancellation.papAddress();
        json.outcome = cancellation.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        json.state = cancellation.status().map(s -> s.state().papName()).orElse(null);
        json.reason = cancellation.why();
        return json;
    }
}
