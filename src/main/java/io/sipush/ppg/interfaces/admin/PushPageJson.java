package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.push.application.PushPage;
import java.util.List;
import javax.json.bind.annotation.JsonbPropertyOrder;

/** One page of a push search: how many match in all, where the page starts, and its pushes. */
@JsonbPropertyOrder({"total", "offset", "limit", "pushes"})
public class PushPageJson {
    public long total;
    public int offset;
    public int limit;
    public List<PushJson> pushes;

    static PushPageJson of(PushPage page) {
        PushPageJson json = new PushPageJson();
        json.total = page.total();
        json.offset = page.offset();
        json.limit = page.limit();
        json.pushes = page.pushes().stream().map(PushJson::of).toList();
        return json;
    }
}
