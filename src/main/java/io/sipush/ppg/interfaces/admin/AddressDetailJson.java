package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.application.AddressDetail;
import java.util.List;
import javax.json.bind.annotation.JsonbPropertyOrder;

/** One address of a push in full: its state, where it goes, what it waits for, its history. */
@JsonbPropertyOrder({
    "address",
    "addressOfRecord",
    "state",
    "eventTime",
    "attempts",
    "lastSipStatus",
    "reason",
    "inFlight",
    "nextAttemptAt",
    "history"
})
public class AddressDetailJson extends AddressJson {
    public String addressOfRecord;
    public boolean inFlight;
    public String nextAttemptAt;
    public List<EventJson> history;

    static AddressDetailJson of(AddressDetail detail) {
        AddressDetailJson json = new AddressDetailJson();
        fill(json, detail.status());
        json.addressOfRecord = detail.addressOfRecord();
        json.inFlight = detail.inFlight();
        json.nextAttemptAt = Json.time(detail.nextAttemptAt());
        json.history = detail.history().stream().map(EventJson::of).toList();
        return json;
    }
}
