package io.sipush.ppg.delivery;

import io.sipush.ppg.batch.GroupCommit;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryStep;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Writes the engine's delivery steps to the store, and is the one place that tells the rest of
 * the PPG that a delivery ended: after every commit that made a delivery final, it fires {@link
 * DeliveryEnded} (metrics, the outcome log). Steps are written in batches (group commit); a final
 * step of a push whose PI asked for a result notification is written alone, in a transaction
 * that also stores the notification. When a batch fails, its steps are written one by one, so
 * one bad row never fails the others. There are {@value #WRITERS} writers, each with its own queue,
 * and a delivery's steps always go to the same one (by its id), so they are stored in order: an
 * answer's step waits for half as many rows ahead of it. The time from a terminal's answer to its
 * commit is what a kill -9 sends twice (issue 11).
 */
final class StepRecorder {
    private static final Logger LOG = Logger.getLogger(StepRecorder.class.getName());
    private static final int QUEUE = 20_000;
    private static final int BATCH = 500;
    static final int WRITERS = 2;

    /** Writes steps in one transaction; returns the ids of the deliveries they changed. */
    @FunctionalInterface
    interface BatchWriter {
        Set<Long> write(List<DeliveryStep> steps);
    }

    /** Writes a final step with its result notification; true if it changed the delivery. */
    @FunctionalInterface
    interface NotifyingWriter {
        boolean write(DeliveryStep step);
    }

    private record Pending(DeliveryStep step, CompletableFuture<Boolean> applied) {}

    private final List<GroupCommit<Pending>> writers;
    private final BatchWriter batchWriter;
    private final NotifyingWriter notifyingWriter;
    private final Executor notifyingExecutor;
    private final Consumer<DeliveryEnded> ended;

    StepRecorder(
            BatchWriter batchWriter,
            NotifyingWriter notifyingWriter,
            Executor notifyingExecutor,
            Consumer<DeliveryEnded> ended,
            ThreadFactory threads) {
        this.batchWriter = batchWriter;
        this.notifyingWriter = notifyingWriter;
        this.notifyingExecutor = notifyingExecutor;
        this.ended = ended;
        this.writers = IntStream.range(0, WRITERS)
                .mapToObj(i -> new GroupCommit<Pending>(
                        "delivery-steps-" + i, QUEUE / WRITERS, BATCH, threads, this::writeBatch))
                .toList();
    }

    /**
     * Writes the step; the result completes after the commit, true if the step changed the
     * delivery (false: it was final already, by a cancellation or an expiry).
     */
    CompletableFuture<Boolean> record(QueuedDelivery d, DeliveryStep step) {
        CompletableFuture<Boolean> applied;
        if (d.notifies && step.kind().isFinal()) {
            applied = CompletableFuture.supplyAsync(() -> notifyingWriter.write(step), notifyingExecutor);
        } else {
            applied = new CompletableFuture<>();
            try {
                writerOf(step.deliveryId()).put(new Pending(step, applied));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                applied.completeExceptionally(e);
            }
        }
        return applied.thenApply(changed -> {
            if (changed && step.kind().isFinal()) {
                announce(d, step);
            }
            return changed;
        });
    }

    private void announce(QueuedDelivery d, DeliveryStep step) {
        try {
            ended.accept(new DeliveryEnded(
                    d.pushKey, d.deliveryId, step.kind().finalState(), d.piName, d.pushId, d.receivedAt, step.at()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivery " + d.deliveryId + " ended, but an observer failed", e);
        }
    }

    private GroupCommit<Pending> writerOf(long deliveryId) {
        return writers.get((int) Math.floorMod(deliveryId, (long) WRITERS));
    }

    void stop() {
        writers.forEach(GroupCommit::stop);
    }

    private void writeBatch(List<GroupCommit.Item<Pending>> items) {
        try {
            Set<Long> changed =
                    batchWriter.write(items.stream().map(i -> i.value().step()).toList());
            items.forEach(i -> i.value()
                    .applied()
                    .complete(changed.contains(i.value().step().deliveryId())));
        } catch (RuntimeException batchFailure) {
            if (items.size() == 1) {
                items.get(0).value().applied().completeExceptionally(batchFailure);
            } else {
                LOG.log(
                        Level.WARNING,
                        "a batch of " + items.size() + " delivery steps failed; writing them one by one",
                        batchFailure);
                items.forEach(this::writeAlone);
            }
        }
        items.forEach(i -> i.done().complete(null));
    }

    private void writeAlone(GroupCommit.Item<Pending> item) {
        DeliveryStep step = item.value().step();
        try {
            item.value().applied().complete(batchWriter.write(List.of(step)).contains(step.deliveryId()));
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "the step " + step.kind() + " of delivery " + step.deliveryId() + " was not stored",
                    e);
            item.value().applied().completeExceptionally(e);
        }
    }
}
