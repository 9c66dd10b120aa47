package io.sipush.ppg.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The per-terminal queues: one {@link TerminalQueue} per address of record, changed atomically,
 * dropped when empty. Whatever a change lets go out next is handed to {@code dispatch} (the
 * workers' queue).
 */
final class TerminalQueues {
    private final Map<String, TerminalQueue> terminals = new ConcurrentHashMap<>();
    private final Consumer<QueuedDelivery> dispatch;

    TerminalQueues(Consumer<QueuedDelivery> dispatch) {
        this.dispatch = dispatch;
    }

    /** The delivery is ready: it goes when it is its terminal's turn. */
    void add(QueuedDelivery d) {
        change(d.aor, t -> t.add(d));
    }

    /** The delivery out is done with for now (answered, ended, parked, dropped). */
    void done(QueuedDelivery d) {
        change(d.aor, t -> t.done(d));
    }

    /** The delivery out goes again at once (to follow a redirect). */
    void again(QueuedDelivery d) {
        change(d.aor, t -> t.again(d));
    }

    /** An ended delivery leaves its queue, unless it is out (its answer releases it). */
    void remove(QueuedDelivery d) {
        change(d.aor, t -> t.remove(d));
    }

    /** Empties the queues of the partitions' terminals but for deliveries out; returns those taken out. */
    List<QueuedDelivery> drain(Set<Integer> partitions) {
        List<QueuedDelivery> drained = new ArrayList<>();
        for (String aor : List.copyOf(terminals.keySet())) {
            if (partitions.contains(io.sipush.ppg.cluster.Partitions.of(aor))) {
                change(aor, t -> {
                    drained.addAll(t.drain());
                    return null;
                });
            }
        }
        return drained;
    }

    int terminalCount() {
        return terminals.size();
    }

    private void change(String aor, Function<TerminalQueue, QueuedDelivery> change) {
        QueuedDelivery[] next = new QueuedDelivery[1];
        terminals.compute(aor, (key, t) -> {
            TerminalQueue q = t == null ? new TerminalQueue() : t;
            next[0] = change.apply(q);
            return q.isEmpty() ? null : q;
        });
        if (next[0] != null) {
            dispatch.accept(next[0]);
        }
    }
}
