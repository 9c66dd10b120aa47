package io.sipush.ppg.terminal;

import java.util.List;
import java.util.Objects;

/** An address of record and its unexpired contacts, best first. */
public record RegisteredTerminal(String addressOfRecord, List<ContactBinding> contacts) {
    public RegisteredTerminal {
        Objects.requireNonNull(addressOfRecord, "addressOfRecord");
        contacts = List.copyOf(contacts);
    }
}
