package io.sipush.ppg.terminal;

import java.util.List;
import java.util.Objects;

/**
 * What one REGISTER asks for (RFC 3261 §10.3): bind these contacts to the address of record,
 * remove the contacts it lists with expiry 0, or, with {@code Contact: *}, remove them all.
 */
public record Registration(
        AddressOfRecord addressOfRecord,
        List<ContactBinding> bindings,
        List<String> removedContactUris,
        boolean removeAll) {

    public Registration {
        Objects.requireNonNull(addressOfRecord, "addressOfRecord");
        bindings = List.copyOf(bindings);
        removedContactUris = List.copyOf(removedContactUris);
    }

    public static Registration removeAll(AddressOfRecord aor) {
        return new Registration(aor, List.of(), List.of(), true);
    }
}
