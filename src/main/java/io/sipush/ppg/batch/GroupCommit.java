package io.sipush.ppg.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bounded queue of items and one writer thread that hands the writer every item waiting (up
 * to {@code maxBatch}) at once. The writer stores a batch in one transaction and completes each
 * item's future after the commit; an item it leaves incomplete fails. A full queue refuses
 * at once instead of blocking the caller. The writer thread never dies: after an {@link Error}
 * (an OutOfMemoryError in the writer, say) the batch fails, the loop reports itself down in
 * {@link LoopStatus}, pauses and runs again with the next batch.
 */
public final class GroupCommit<T> {
    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());
    /** How long a writer pauses after an Error before it runs again (a full GC may free the heap). */
    static final Duration RESTART_PAUSE = Duration.ofSeconds(1);

    /** One queued item and the future its submitter waits on. */
    public record Item<T>(T value, CompletableFuture<Void> done) {}

    private final String name;
    private final int maxBatch;
    private final BlockingQueue<Item<T>> queue;
    private final Consumer<List<Item<T>>> writer;
    private final Thread thread;
    private final LoopStatus status;
    private final Duration restartPause;
    private volatile boolean running = true;

    public GroupCommit(String name, int capacity, int maxBatch, ThreadFactory threads, Consumer<List<Item<T>>> writer) {
        this(name, capacity, maxBatch, threads, writer, LoopStatus.shared(), RESTART_PAUSE);
    }

    /** With the status the loop reports to and how long it pauses after an Error. */
    public GroupCommit(
            String name,
            int capacity,
            int maxBatch,
            ThreadFactory threads,
            Consumer<List<Item<T>>> writer,
            LoopStatus status,
            Duration restartPause) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = writer;
        this.status = status;
        this.restartPause = restartPause;
        this.thread = threads.newThread(this::run);
        thread.setName(loopName());
        thread.start();
    }

    /** The writer thread's name, and its name in {@link LoopStatus}. */
    public String loopName() {
        return "ppg-commit-" + name;
    }

    /** Queues the item; empty when the queue is full. */
    public java.util.Optional<CompletableFuture<Void>> offer(T value) {
        Item<T> item = new Item<>(value, new CompletableFuture<>());
        return queue.offer(item) ? java.util.Optional.of(item.done()) : java.util.Optional.empty();
    }

    /** Queues the item, waiting for room. */
    public CompletableFuture<Void> put(T value) throws InterruptedException {
        Item<T> item = new Item<>(value, new CompletableFuture<>());
        queue.put(item);
        return item.done();
    }

    public int waiting() {
        return queue.size();
    }

    public int capacity() {
        return waiting() + queue.remainingCapacity();
    }

    public void stop() {
        running = false;
        thread.interrupt();
    }

    private void run() {
        while (running) {
            try {
                writeBatches();
            } catch (Error e) {
                pauseAfter(e);
            }
        }
        List<Item<T>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(i -> i.done().completeExceptionally(new IllegalStateException(name + " stopped")));
    }

    /** Writes batch after batch until stopped (or interrupted); an Error fails its batch and ends it. */
    private void writeBatches() {
        List<Item<T>> batch = new ArrayList<>(maxBatch);
        while (running) {
            try {
                Item<T> first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                return; // stop() interrupts; any other interrupt just starts the loop again
            } catch (Error e) {
                status.down(loopName(), e);
                batch.forEach(i -> i.done().completeExceptionally(e));
                throw e;
            } finally {
                batch.clear();
            }
        }
    }

    /** Down while the loop pauses after an Error, then up again: the loop restarts. */
    private void pauseAfter(Error e) {
        try {
            status.down(loopName(), e);
            LOG.log(
                    Level.SEVERE,
                    name + ": the writer thread caught " + e + "; its batch was not stored; it runs again in "
                            + restartPause.toMillis() + " ms",
                    e);
        } catch (Error again) {
            // no memory even to report it: the pause and the restart matter more
        }
        try {
            Thread.sleep(restartPause.toMillis());
        } catch (InterruptedException interrupted) {
            // stop() interrupts; running tells whether to go on
        }
        status.up(loopName());
    }

    private void write(List<Item<T>> batch) {
        try {
            writer.accept(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + ": a batch of " + batch.size() + " was not stored", e);
            batch.forEach(i -> i.done().completeExceptionally(e));
        }
        batch.forEach(i -> i.done().completeExceptionally(new IllegalStateException(name + ": not written")));
    }
}
