package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.DeliveryEvent;
import javax.json.bind.annotation.JsonbPropertyOrder;

/** One step of a delivery's history: when, what, the SIP answer if any, and a detail. */
@JsonbPropertyOrder({"at", "what", "sipStatus", "detail"})
public class EventJson {
    public String at;
    public String what;
    public Integer sipStatus;
    public String detail;

    static EventJson of(DeliveryEvent event) {
        EventJson json = new EventJson();
        json.at = Json.time(event.at());
        json.what = event.what();
        json.sipStatus = Json.orNull(event.sipStatus());
        json.detail = event.detail();
        return json;
    }
}
