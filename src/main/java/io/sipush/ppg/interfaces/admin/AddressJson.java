package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.application.AddressStatus;
import javax.json.bind.annotation.JsonbPropertyOrder;

/** The state of a push at one address: PAP message state, when it was reached, the last SIP answer. */
@JsonbPropertyOrder({"address", "state", "eventTime", "attempts", "lastSipStatus", "reason"})
public class AddressJson {
    public String address;
    public String state;
    public String eventTime;
    public int attempts;
    public Integer lastSipStatus;
    public String reason;

    static AddressJson of(AddressStatus status) {
        AddressJson json = new AddressJson();
        fill(json, status);
        return json;
    }

    static void fill(AddressJson json, AddressStatus status) {
        json.address = status.papAddress();
        json.state = status.state().papName();
        json.eventTime = Json.time(status.eventTime());
        json.attempts = status.attempts();
        json.lastSipStatus = Json.orNull(status.lastSipStatus());
        json.reason = Json.orNull(status.reason());
    }
}
