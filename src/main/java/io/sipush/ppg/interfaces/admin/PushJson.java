package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.application.PushSummary;
import java.util.List;
import javax.json.bind.annotation.JsonbPropertyOrder;

/** A push in a list: its key (for the other requests), PI, push-id, and each address's state. */
@JsonbPropertyOrder({"key", "pi", "pushId", "receivedAt", "applicationId", "contentType", "addresses"})
public class PushJson {
    public long key;
    public String pi;
    public String pushId;
    public String receivedAt;
    public String applicationId;
    public String contentType;
    public List<AddressJson> addresses;

    static PushJson of(PushSummary summary) {
        PushJson json = new PushJson();
        fill(json, summary);
        json.addresses = summary.addresses().stream().map(AddressJson::of).toList();
        return json;
    }

    static void fill(PushJson json, PushSummary summary) {
        json.key = summary.key();
        json.pi = summary.piName();
        json.pushId = summary.pushId();
        json.receivedAt = Json.time(summary.receivedAt());
        json.applicationId = summary.applicationId();
        json.contentType = summary.contentType();
    }
}
