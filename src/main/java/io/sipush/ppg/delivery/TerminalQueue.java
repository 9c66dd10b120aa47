package io.sipush.ppg.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pending deliveries to one terminal: at most one is out at a time (busy), the ready ones
 * wait in priority and submission order, and parked ones wait for the terminal to register. Not
 * thread-safe: the engine changes it only inside {@code ConcurrentHashMap.compute} on its key.
 * Every change returns the delivery that may go out next, or null.
 */
final class TerminalQueue {
    private final TreeSet<QueuedDelivery> ready = new TreeSet<>(QueuedDelivery.TERMINAL_ORDER);
    private final Set<QueuedDelivery> parked = new LinkedHashSet<>();
    private QueuedDelivery busy;

    QueuedDelivery add(QueuedDelivery d) {
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
        ready.add(d);
        return takeIfIdle();
    }

    /** No route: the delivery waits for a registration. */
    QueuedDelivery park(QueuedDelivery d) {
        if (busy == d) {
            busy = null;
        }
        parked.add(d);
        return takeIfIdle();
    }

    /** The parked deliveries, now ready; they are returned so that the store can be told. */
    List<QueuedDelivery> unpark() {
        List<QueuedDelivery> released = new ArrayList<>(parked);
        ready.addAll(parked);
        parked.clear();
        return released;
    }

    /** Takes an ended delivery out, unless it is the busy one (whose answer will release it). */
    QueuedDelivery remove(QueuedDelivery d) {
        ready.remove(d);
        parked.remove(d);
        return takeIfIdle();
    }

    QueuedDelivery takeIfIdle() {
        if (busy != null || ready.isEmpty()) {
            return null;
        }
        busy = ready.pollFirst();
        return busy;
    }

    boolean isEmpty() {
        return busy == null && ready.isEmpty() && parked.isEmpty();
    }
}
