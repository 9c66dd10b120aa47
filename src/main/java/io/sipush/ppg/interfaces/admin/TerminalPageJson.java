package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.terminal.application.TerminalPage;
import java.time.Instant;
import java.util.List;
import javax.json.bind.annotation.JsonbPropertyOrder;

/** One page of registered terminals and how many match in all. */
@JsonbPropertyOrder({"total", "offset", "limit", "terminals"})
public class TerminalPageJson {
    public long total;
    public int offset;
    public int limit;
    public List<TerminalJson> terminals;

    static TerminalPageJson of(TerminalPage page, Instant now) {
        TerminalPageJson json = new TerminalPageJson();
        json.total = page.total();
        json.offset = page.offset();
        json.limit = page.limit();
        json.terminals =
                page.terminals().stream().map(t -> TerminalJson.of(t, now)).toList();
        return json;
    }
}
