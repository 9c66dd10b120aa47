package io.sipush.ppg.push;

import io.sipush.ppg.pap.MessageState;
import java.util.Optional;

/**
 * What an operator looks for among the stored pushes. Every criterion is optional and they all
 * apply together: the PI by its exact name, a push-id or an address by a fragment of it (an
 * address matches its PAP form or its address of record, without regard to case), and a state
 * that at least one address of the push is in.
 */
public record PushSearch(
        Optional<String> piName,
        Optional<String> pushIdPart,
        Optional<String> addressPart,
        Optional<MessageState> state) {

    public static final PushSearch ALL =
            new PushSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public PushSearch {
        piName = nonBlank(piName);
        pushIdPart = nonBlank(pushIdPart);
        addressPart = nonBlank(addressPart);
        state = state == null ? Optional.empty() : state;
    }

    private static Optional<String> nonBlank(Optional<String> text) {
        return text == null ? Optional.empty() : text.map(String::trim).filter(t -> !t.isEmpty());
    }
}
