package io.sipush.ppg.push.application;

import io.sipush.ppg.batch.GroupCommit;
import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushBatchRepository;
import io.sipush.ppg.push.PushStoreBusyException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.enterprise.concurrent.ManagedThreadFactory;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;

/**
 * Group commit of new pushes: each PAP request queues its push and waits; one writer stores all
 * the pushes waiting in one transaction and releases each request after the commit, so a 1001 is
 * still only sent for a push on disk, while many requests share one log flush. A push-id taken
 * already fails the batch in the store; the batch is then stored push by push, so that only the
 * duplicate fails. A full queue refuses at once (4001) rather than letting requests pile up.
 */
@ApplicationScoped
public class GroupCommitPushWriter implements PushWriter {
    static final int QUEUE = 2000;
    static final int BATCH = 256;
    private static final long CONFIRM_SECONDS = 60;

    @Inject
    PushBatchRepository store;

    @Resource
    ManagedThreadFactory threads;

    private GroupCommit<Push> commits;

    @PostConstruct
    void start() {
        commits = new GroupCommit<>("pushes", QUEUE, BATCH, threads, this::write);
    }

    @PreDestroy
    void stop() {
        commits.stop();
    }

    @Override
    public void store(Push push) throws DuplicatePushIdException, PushStoreBusyException {
        Optional<CompletableFuture<Void>> queued = commits.offer(push);
        if (queued.isEmpty()) {
            throw new PushStoreBusyException("the PPG is busy: " + QUEUE
                    + " pushes wait to be stored; this one was not stored, try again later");
        }
        try {
            queued.get().get(CONFIRM_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DuplicatePushIdException duplicate) {
                throw duplicate;
            }
            if (e.getCause() instanceof Error) {
                throw new PushStoreBusyException("the PPG's store writer failed (" + e.getCause()
                        + ") and is restarting; this push was not stored, try again later");
            }
            throw new IllegalStateException("push not stored: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PushStoreBusyException("the store did not confirm the push within " + CONFIRM_SECONDS
                    + " s; it may still be stored: query its status before sending it again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushStoreBusyException("interrupted while the push was being stored; query its status");
        }
    }

    private void write(List<GroupCommit.Item<Push>> batch) {
        try {
            store.addAll(batch.stream().map(GroupCommit.Item::value).toList());
            batch.forEach(item -> item.done().complete(null));
        } catch (DuplicatePushIdException | RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(e);
                return;
            }
            batch.forEach(this::writeAlone);
        }
    }

    private void writeAlone(GroupCommit.Item<Push> item) {
        try {
            store.addAll(List.of(item.value()));
            item.done().complete(null);
        } catch (DuplicatePushIdException | RuntimeException e) {
            item.done()
                    .completeExceptionally(
                            e instanceof DuplicatePushIdException
                                    ? new DuplicatePushIdException(item.value().pushId())
                                    : e);
        }
    }
}
