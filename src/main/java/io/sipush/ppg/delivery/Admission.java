package io.sipush.ppg.delivery;

import io.sipush.ppg.cluster.Partitions;
import io.sipush.ppg.push.DeliveryProgressRepository;
import io.sipush.ppg.push.DeliveryTicket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Which pending deliveries this instance holds in memory: only those of partitions it owns, due
 * now, and at most a window of them; everything else stays in the store. Work comes in three
 * ways: a push accepted here ({@link #admit}), a look at the store for due work of the owned
 * partitions stored by other instances or that became due ({@link #poll}, every few hundred
 * milliseconds, over a short time window; an instance alone leaves out the new pushes, which it
 * took as it accepted them), and a full scan, page by page, of partitions just
 * taken over ({@link #takeOver}) or whenever something may have been missed ({@link #scan}). A scan
 * reads what was due when it began: it ends, however fast new pushes come in.
 */
final class Admission {
    /** Rows read per look at the store for what came due. */
    static final int PAGE = 500;
    /**
     * Rows read per page of a scan. Derby reads every due row of the owned partitions for each
     * page and sorts them by id (the work index is in time order), so a page costs the whole
     * backlog: with 500-row pages the half-minute safety scan was a twelfth of the CPU at 2,000
     * pushes/s offered (JFR, session 9).
     */
    static final int SCAN_PAGE = 5_000;
    /** A row stored by another instance may commit this long after its next attempt time. */
    static final Duration OVERLAP = Duration.ofSeconds(5);
    /**
     * Alone, only rows stored with a next attempt time ahead are looked for, and each was
     * committed before that time: a retry's at least {@code PPG_RETRY_FIRST_MS} ahead, a
     * deliver-after time that had passed at the commit is held as the push is accepted. The
     * overlap is a margin only; with 1 s every new push was read four times to be left out (half
     * the sweep's CPU at 2,000 pushes/s, session 9). A timer or the full scan finds anything later.
     */
    static final Duration OVERLAP_ALONE = Duration.ofMillis(100);
    /**
     * Alone, the look at the store runs at most this often, whatever {@code PPG_POLL_MS}: it
     * finds only retries and deliver-after times that came due (their timers nudge them anyway),
     * and at 2,000 pushes/s every 100 ms it took a fifth of the CPU reading rows to leave out.
     */
    static final Duration POLL_ALONE = Duration.ofMillis(300);

    /** Whether this instance sends a partition now. */
    @FunctionalInterface
    interface Owner {
        boolean holds(int partition, Instant now);
    }

    private final Owner owner;
    private final Supplier<Set<Integer>> owned;
    private final BooleanSupplier alone;
    private final DeliveryProgressRepository store;
    private final int window;
    private final Consumer<QueuedDelivery> ready;

    /** Every delivery held, until its final step is committed or it is dropped. */
    private final Map<Long, QueuedDelivery> tracked = new ConcurrentHashMap<>();
    /**
     * When each delivery was let go (System.nanoTime): a look at the store that started before
     * that may still show it pending, and must not take it in again.
     */
    private final Map<Long, Long> letGo = new ConcurrentHashMap<>();

    private Instant polledUntil;
    private final Set<Integer> scanning = ConcurrentHashMap.newKeySet();
    /**
     * The partitions of {@link #scanning} just taken over: what a push accepted here for them
     * meanwhile must not overtake. Guarded with {@link #acceptedWhileScanned}.
     */
    private final Set<Integer> takingOver = new HashSet<>();
    /**
     * Pushes accepted here for a partition while it was being taken over, admitted when that scan
     * ends; guarded by itself, together with the removals from {@link #scanning}.
     */
    private final Map<Integer, List<DeliveryTicket>> acceptedWhileScanned = new HashMap<>();
    /** Partitions that accepted more than a window's worth meanwhile: scanned once more. */
    private final Set<Integer> scanAgain = new HashSet<>();
    /**
     * When the latest of those pushes was accepted (each was due then): a scan's end admits them
     * as of then, not as of its own start. Guarded with {@link #acceptedWhileScanned}.
     */
    private Instant acceptedUpTo;

    private volatile boolean scanRestart;
    private long scanCursor;
    /** The scan reads what was due at its start, so that it ends. */
    private Instant scanUntil;

    Admission(
            Owner owner,
            Supplier<Set<Integer>> owned,
            BooleanSupplier alone,
            DeliveryProgressRepository store,
            int window,
            Consumer<QueuedDelivery> ready) {
        this.owner = owner;
        this.owned = owned;
        this.alone = alone;
        this.store = store;
        this.window = window;
        this.ready = ready;
    }

    /**
     * Holds the delivery if it is this instance's to send, due, not held yet and within the
     * window; returns it then. A delivery not admitted stays in the store for its owner.
     */
    QueuedDelivery admit(DeliveryTicket ticket, byte[] body, Instant now) {
        QueuedDelivery d = new QueuedDelivery(ticket, body);
        if (ticket.readyAt() == null || ticket.readyAt().isAfter(now) || !owner.holds(d.partition, now)) {
            return null;
        }
        if (tracked.size() >= window) {
            scan(owned.get());
            return null;
        }
        if (tracked.putIfAbsent(d.deliveryId, d) != null) {
            return null;
        }
        ready.accept(d);
        return d;
    }

    /**
     * A push just accepted here: held at once, unless its partition is being taken over. Then it
     * waits for the end of that scan: admitted at once, it could go out before an older delivery
     * to the same terminal that a later page of the scan holds.
     */
    QueuedDelivery admitAccepted(DeliveryTicket ticket, byte[] body, Instant now) {
        int partition = Partitions.of(ticket.aor());
        if (ticket.readyAt() == null || ticket.readyAt().isAfter(now)) {
            return null; // not due: the poll finds it when it is
        }
        synchronized (acceptedWhileScanned) {
            if (takingOver.contains(partition)) {
                if (acceptedUpTo == null || now.isAfter(acceptedUpTo)) {
                    acceptedUpTo = now;
                }
                if (acceptedWhileScanned.values().stream().mapToInt(List::size).sum() < window) {
                    acceptedWhileScanned
                            .computeIfAbsent(partition, p -> new ArrayList<>())
                            .add(ticket);
                } else {
                    scanAgain.add(partition); // it stays in the store for the next scan
                }
                return null;
            }
        }
        return admit(ticket, body, now);
    }

    /** Due work of the owned partitions whose time came since the last look (with an overlap). */
    void poll(Instant now) {
        Set<Integer> partitions = owned.get();
        boolean newPushesToo = !alone.getAsBoolean();
        if (!newPushesToo && polledUntil != null && now.isBefore(polledUntil.plus(POLL_ALONE))) {
            return;
        }
        Duration overlap = newPushesToo ? OVERLAP : OVERLAP_ALONE;
        Instant from = polledUntil == null ? now.minus(overlap) : polledUntil.minus(overlap);
        polledUntil = now;
        if (partitions.isEmpty()) {
            return;
        }
        long queriedAt = System.nanoTime();
        List<DeliveryTicket> due = store.dueBetween(partitions, from, now, newPushesToo, PAGE);
        take(due, now, queriedAt);
        if (due.size() >= PAGE) {
            scan(partitions);
        }
    }

    /** Asks for a full scan of these partitions' due work: something may have been missed. */
    void scan(Collection<Integer> partitions) {
        if (scanning.addAll(partitions)) {
            scanRestart = true;
        }
    }

    /**
     * Asks for a full scan of partitions just taken (over): their backlog goes before what is
     * accepted here for them meanwhile.
     */
    void takeOver(Collection<Integer> partitions) {
        synchronized (acceptedWhileScanned) {
            takingOver.addAll(partitions);
        }
        scan(partitions);
    }

    /** One page of the full scan, if one is asked for; returns true while pages remain. */
    boolean scanPage(Instant now) {
        if (scanRestart) {
            scanRestart = false;
            scanCursor = 0;
            scanUntil = now;
        }
        Set<Integer> partitions = new HashSet<>(scanning);
        partitions.retainAll(owned.get());
        if (partitions.isEmpty()) {
            endScanOf(Set.copyOf(scanning), now); // none owned: what they accepted stays in the store
            return false;
        }
        long queriedAt = System.nanoTime();
        List<DeliveryTicket> page = store.dueAfterId(partitions, scanUntil, scanCursor, SCAN_PAGE);
        if (!take(page, now, queriedAt)) {
            return true; // the window is full: the scan resumes here once there is room
        }
        if (page.size() < SCAN_PAGE) {
            scanCursor = 0;
            endScanOf(partitions, now);
            return !scanning.isEmpty();
        }
        scanCursor = page.get(page.size() - 1).deliveryId();
        return true;
    }

    /** The scan of these partitions is over: the pushes accepted meanwhile come in, oldest first. */
    private void endScanOf(Collection<Integer> partitions, Instant now) {
        List<DeliveryTicket> accepted = new ArrayList<>();
        Set<Integer> again = new HashSet<>();
        Instant dueAt = now;
        synchronized (acceptedWhileScanned) {
            if (acceptedUpTo != null && acceptedUpTo.isAfter(now)) {
                dueAt = acceptedUpTo;
            }
            scanning.removeAll(partitions);
            takingOver.removeAll(partitions);
            for (int p : partitions) {
                List<DeliveryTicket> waiting = acceptedWhileScanned.remove(p);
                if (waiting != null) {
                    accepted.addAll(waiting);
                }
                if (scanAgain.remove(p)) {
                    again.add(p);
                }
            }
        }
        if (!accepted.isEmpty() && !takeStillPending(accepted, dueAt)) {
            again.addAll(partitions);
        }
        if (!again.isEmpty()) {
            takeOver(again);
        }
    }

    /**
     * Admits the pushes accepted during a scan, oldest first, as the store has them now: the scan
     * may have found one of them and sent it, and it may have ended since. False if the window
     * filled.
     */
    private boolean takeStillPending(List<DeliveryTicket> accepted, Instant now) {
        long queriedAt = System.nanoTime();
        List<DeliveryTicket> pending = new ArrayList<>(store.pendingTickets(
                accepted.stream().map(DeliveryTicket::deliveryId).toList()));
        pending.sort(Comparator.comparingLong(DeliveryTicket::deliveryId));
        return take(pending, now, queriedAt);
    }

    /**
     * Admits what is not held yet; a held delivery waiting for its retry goes now, unless the row
     * was read before its retry was stored (fewer attempts than held: it shows the attempt just
     * answered as due). False if the window filled.
     */
    private boolean take(List<DeliveryTicket> due, Instant now, long queriedAt) {
        letGo.values().removeIf(at -> at - queriedAt < 0);
        for (DeliveryTicket ticket : due) {
            QueuedDelivery held = tracked.get(ticket.deliveryId());
            if (letGo.containsKey(ticket.deliveryId())) {
                continue; // let go after the query read it: what it read may be stale
            }
            if (held != null) {
                if (ticket.attempts() >= held.attempts && held.awaitingRetry.compareAndSet(true, false)) {
                    ready.accept(held);
                }
            } else if (tracked.size() >= window) {
                return false;
            } else {
                admit(ticket, null, now);
            }
        }
        return true;
    }

    QueuedDelivery get(long deliveryId) {
        return tracked.get(deliveryId);
    }

    /** The delivery is no longer held here. */
    void forget(QueuedDelivery d) {
        if (tracked.remove(d.deliveryId, d)) {
            letGo.put(d.deliveryId, System.nanoTime());
        }
    }

    /** The held deliveries of these partitions. */
    List<QueuedDelivery> heldOf(Set<Integer> partitions) {
        return tracked.values().stream()
                .filter(d -> partitions.contains(d.partition))
                .toList();
    }

    int held() {
        return tracked.size();
    }
}
