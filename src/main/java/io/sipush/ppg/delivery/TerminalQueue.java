package io.sipush.ppg.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The pending deliveries to one terminal: at most one is out at a time (busy), the ready ones
 * wait in priority and submission order. (Those without a route are not here: they wait in the
 * store for the terminal to register.) Not
 * thread-safe: the engine changes it only inside {@code ConcurrentHashMap.compute} on its key.
 * Every change returns the delivery that may go out next, or null. The ready set is made on
 * first use: most terminals have one delivery at a time.
 */
final class TerminalQueue {
    private TreeSet<QueuedDelivery> ready;
    private QueuedDelivery busy;

    QueuedDelivery add(QueuedDelivery d) {
        if (ready == null) {
            ready = new TreeSet<>(QueuedDelivery.TERMINAL_ORDER);
        }
        ready.add(d);
        return takeIfIdle();
    }

    /** The busy delivery is done with for now (answered, or ended). */
    QueuedDelivery done(QueuedDelivery d) {
        if (busy == d) {
            busy = null;
        }
        return takeIfIdle();
    }

    /** The busy delivery goes back to the front of its rank (to follow a redirect at once). */
    QueuedDelivery again(QueuedDelivery d) {
        if (busy == d) {
            busy = null;
        }
        return add(d);
    }

    /**
     * Empties the queue of everything but the delivery out (whose answer is still awaited):
     * returns the deliveries taken out.
     */
    List<QueuedDelivery> drain() {
        if (ready == null) {
            return List.of();
        }
        List<QueuedDelivery> drained = new ArrayList<>(ready);
        ready = null;
        return drained;
    }

    /** Takes an ended delivery out, unless it is the busy one (whose answer will release it). */
    QueuedDelivery remove(QueuedDelivery d) {
        if (ready != null) {
            ready.remove(d);
        }
        return takeIfIdle();
    }

    QueuedDelivery takeIfIdle() {
        if (busy != null || ready == null || ready.isEmpty()) {
            return null;
        }
        busy = ready.pollFirst();
        if (ready.isEmpty()) {
            ready = null;
        }
        return busy;
    }

    boolean isEmpty() {
        return busy == null && (ready == null || ready.isEmpty());
    }
}
