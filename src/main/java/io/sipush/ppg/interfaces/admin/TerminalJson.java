package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.terminal.RegisteredTerminal;
import java.time.Instant;
import java.util.List;
import javax.json.bind.annotation.JsonbPropertyOrder;

/** A registered terminal: its address of record and its unexpired contacts, best first. */
@JsonbPropertyOrder({"address", "contacts"})
public class TerminalJson {
    public String address;
    public List<ContactJson> contacts;

    static TerminalJson of(RegisteredTerminal terminal, Instant now) {
        TerminalJson json = new TerminalJson();
        json.address = terminal.addressOfRecord();
        json.contacts =
                terminal.contacts().stream().map(c -> ContactJson.of(c, now)).toList();
        return json;
    }
}
