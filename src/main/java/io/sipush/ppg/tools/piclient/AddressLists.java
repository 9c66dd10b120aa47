package io.sipush.ppg.tools.piclient;

import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.tools.cli.UsageException;
import java.util.ArrayList;
import java.util.List;

/** Reads a list of command-line addresses with {@link AddressArgument}. */
final class AddressLists {
    private AddressLists() {}

    static List<PushAddress> parse(List<String> texts) throws UsageException {
        List<PushAddress> addresses = new ArrayList<>();
        for (String text : texts) {
            addresses.add(AddressArgument.parse(text));
        }
        return addresses;
    }
}
