package io.sipush.ppg.batch;

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
 * at once instead of blocking the caller.
 */
public final class GroupCommit<T> {
    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    /** One queued item and the future its submitter waits on. */
    public record Item<T>(T value, CompletableFuture<Void> done) {}

    private final String name;
    private final int maxBatch;
    private final BlockingQueue<Item<T>> queue;
    private final Consumer<List<Item<T>>> writer;
    private final Thread thread;
    private volatile boolean running = true;

    public GroupCommit(String name, int capacity, int maxBatch, ThreadFactory threads, Consumer<List<Item<T>>> writer) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = writer;
        this.thread = threads.newThread(this::run);
        thread.setName("ppg-commit-" + name);
        thread.start();
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
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        List<Item<T>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(i -> i.done().completeExceptionally(new IllegalStateException(name + " stopped")));
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
