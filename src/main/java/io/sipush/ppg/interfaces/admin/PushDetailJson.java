package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.application.PushDetail;
import java.util.List;
import javax.json.bind.annotation.JsonbPropertyOrder;

/** A push in full: control attributes, and each address with its history. */
@JsonbPropertyOrder({
    "key",
    "pi",
    "pushId",
    "receivedAt",
    "applicationId",
    "contentType",
    "papVersion",
    "priority",
    "deliveryMethod",
    "deliverAfter",
    "deliverBefore",
    "sourceReference",
    "notifyRequestedTo",
    "addresses"
})
public class PushDetailJson {
    public long key;
    public String pi;
    public String pushId;
    public String receivedAt;
    public String applicationId;
    public String contentType;
    public String papVersion;
    public String priority;
    public String deliveryMethod;
    public String deliverAfter;
    public String deliverBefore;
    public String sourceReference;
    public String notifyRequestedTo;
    public List<AddressDetailJson> addresses;

    static PushDetailJson of(PushDetail detail) {
        PushDetailJson json = new PushDetailJson();
        json.key = detail.summary().key();
        json.pi = detail.summary().piName();
        json.pushId = detail.summary().pushId();
        json.receivedAt = Json.time(detail.summary().receivedAt());
        json.applicationId = detail.summary().applicationId();
        json.contentType = detail.summary().contentType();
        json.papVersion = detail.papVersion().label();
        json.priority = detail.priority().papName();
        json.deliveryMethod = detail.deliveryMethod().papName();
        json.deliverAfter = Json.time(detail.deliverAfter());
        json.deliverBefore = Json.time(detail.deliverBefore());
        json.sourceReference = Json.orNull(detail.sourceReference());
        json.notifyRequestedTo = Json.orNull(detail.notifyRequestedTo());
        json.addresses = detail.addresses().stream().map(AddressDetailJson::of).toList();
        return json;
    }
}
