package io.sipush.ppg.delivery;

import io.sipush.ppg.monitoring.PushLogTag;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The deliveries waiting for a worker, highest PAP priority first (PAP quality-of-service
 * {@code priority}: high, medium, low), then in the order they became ready. A fixed set of
 * workers takes them one by one.
 */
final class DispatchQueue {
    private static final Logger LOG = Logger.getLogger(DispatchQueue.class.getName());

    private record Task(QueuedDelivery delivery, int rank, long sequence, long queuedAtNanos)
            implements Comparable<Task> {
        @Override
        public int compareTo(Task other) {
            return rank != other.rank ? Integer.compare(rank, other.rank) : Long.compare(sequence, other.sequence);
        }
    }

    private static final Task STOP = new Task(null, -1, -1, 0);

    private final PriorityBlockingQueue<Task> tasks = new PriorityBlockingQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Thread[] workers;
    private final LongConsumer waitedNanos;

    /** @param waitedNanos hears how long each delivery waited for a worker */
    DispatchQueue(int workerCount, ThreadFactory threads, Consumer<QueuedDelivery> attempt, LongConsumer waitedNanos) {
        this.waitedNanos = waitedNanos;
        workers = new Thread[workerCount];
        for (int i = 0; i < workerCount; i++) {
            workers[i] = threads.newThread(() -> work(attempt));
            workers[i].setName("ppg-delivery-" + i);
            workers[i].start();
        }
    }

    void add(QueuedDelivery delivery) {
        tasks.add(new Task(delivery, delivery.rank, sequence.incrementAndGet(), System.nanoTime()));
    }

    int size() {
        return tasks.size();
    }

    void stop() {
        for (int i = 0; i < workers.length; i++) {
            tasks.add(STOP);
        }
    }

    private void work(Consumer<QueuedDelivery> attempt) {
        while (true) {
            Task task;
            try {
                task = tasks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (task == STOP) {
                return;
            }
            waitedNanos.accept(System.nanoTime() - task.queuedAtNanos());
            try {
                attempt.accept(task.delivery());
            } catch (RuntimeException | Error e) {
                // An Error (such as an OutOfMemoryError) must not end the worker: the next task may work.
                LOG.log(
                        Level.WARNING,
                        PushLogTag.of(task.delivery().piName, task.delivery().pushId) + " delivery "
                                + task.delivery().deliveryId + " failed; the sweep will retry it",
                        e);
            }
        }
    }
}
