package io.sipush.ppg.push.application;

import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.push.Delivery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deliveries of a push that a cancel-message or statusquery-message names (PAP §9.4,
 * §9.8): all of them when it names no address, else those of each address named, matched by
 * address of record. An address named twice counts once.
 */
final class AddressSelection {

    /** The deliveries of one named address; none when the push was not sent there. */
    record Selected(String papAddress, List<Delivery> deliveries) {}

    private AddressSelection() {}

    static List<Selected> select(List<Delivery> all, List<PushAddress> named, String homeDomain) {
        List<Selected> selected = new ArrayList<>();
        if (named.isEmpty()) {
            all.forEach(d -> selected.add(new Selected(d.papAddress(), List.of(d))));
            return selected;
        }
        Set<String> seen = new HashSet<>();
        for (PushAddress address : named) {
            Optional<String> aor = Addresses.aorOf(address, homeDomain);
            String key = aor.orElse(address.papValue());
            if (!seen.add(key)) {
                continue;
            }
            List<Delivery> matching = all.stream()
                    .filter(d -> aor.map(d.aor()::equals).orElse(d.papAddress().equals(address.papValue())))
                    .toList();
            selected.add(new Selected(address.papValue(), matching));
        }
        return selected;
    }
}
