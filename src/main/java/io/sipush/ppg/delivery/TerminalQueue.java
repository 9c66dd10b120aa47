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
 * Every change returns the delivery that may go out next, or null. The collections are made on
 * first use: most terminals have one delivery at a time, and many may wait for a registration.
 */
final class TerminalQueue {
    private TreeSet<QueuedDelivery> ready;
    private Set<QueuedDelivery> parked;
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

    /** No route: the delivery waits for a registration. */
    QueuedDelivery park(QueuedDelivery d) {
        if (busy == d) {
            busy = null;
        }
        if (parked == null) {
            parked = new LinkedHashSet<>(4);
        }
        parked.add(d);
        return takeIfIdle();
    }

    /** The parked deliveries, now ready; they are returned so that the store can be told. */
    List<QueuedDelivery> unpark() {
        if (parked == null) {
            return List.of();
        }
        List<QueuedDelivery> released = new ArrayList<>(parked);
        parked = null;
        if (ready == null) {
            ready = new TreeSet<>(QueuedDelivery.TERMINAL_ORDER);
        }
        ready.addAll(released);
        return released;
    }

    /** Takes an ended delivery out, unless it is the busy one (whose answer will release it). */
    QueuedDelivery remove(QueuedDelivery d) {
        if (ready != null) {
            ready.remove(d);
        }
        if (parked != null) {
            parked.remove(d);
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
        return busy == null && (ready == null || ready.isEmpty()) && (parked == null || parked.isEmpty());
    }
}
