package io.sipush.ppg.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private final List<List<String>> batches = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch writing = new CountDownLatch(1);
    private GroupCommit<String> commit;

    @AfterEach
    void stop() {
        release.countDown();
        commit.stop();
    }

    /** A writer that holds its first batch until released, then completes every item. */
    private void write(List<GroupCommit.Item<String>> batch) {
        writing.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (batches) {
            batches.add(batch.stream().map(GroupCommit.Item::value).toList());
        }
        batch.forEach(i -> i.done().complete(null));
    }

    /**
     * The writer has taken its first batch when it is inside the write, not when the queue is
     * empty: between its poll and its drain an item offered now would still join that batch.
     */
    private void awaitFirstBatchInWriter() throws InterruptedException {
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void items_that_queue_up_during_a_write_are_written_together() throws Exception {
        commit = new GroupCommit<>("test", 100, 50, Thread::new, this::write);
        CompletableFuture<Void> first = commit.offer("a").orElseThrow();
        awaitFirstBatchInWriter();
        List<CompletableFuture<Void>> later = new ArrayList<>();
        for (String item : List.of("b", "c", "d")) {
            later.add(commit.offer(item).orElseThrow());
        }
        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Void> f : later) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertThat(batches).containsExactly(List.of("a"), List.of("b", "c", "d"));
    }

    @Test
    void a_full_queue_refuses_at_once() throws Exception {
        commit = new GroupCommit<>("test", 2, 50, Thread::new, this::write);
        commit.offer("a").orElseThrow();
        awaitFirstBatchInWriter();
        assertThat(commit.offer("b")).isPresent();
        assertThat(commit.offer("c")).isPresent();
        assertThat(commit.offer("d")).isEmpty();
    }

    @Test
    void an_item_the_writer_leaves_incomplete_fails() {
        commit = new GroupCommit<>("test", 10, 50, Thread::new, batch -> {});
        CompletableFuture<Void> item = commit.offer("a").orElseThrow();

        assertThatThrownBy(() -> item.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }

    @Test
    void after_an_error_in_the_writer_the_next_batch_is_still_written_and_readiness_is_down_in_between()
            throws Exception {
        LoopStatus status = new LoopStatus();
        CountDownLatch errorThrown = new CountDownLatch(1);
        List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        commit = new GroupCommit<>(
                "test",
                10,
                50,
                Thread::new,
                batch -> {
                    if (errorThrown.getCount() > 0) {
                        errorThrown.countDown();
                        throw new OutOfMemoryError("test: Java heap space");
                    }
                    batch.forEach(i -> {
                        written.add(i.value());
                        i.done().complete(null);
                    });
                },
                status,
                java.time.Duration.ofSeconds(2));
        CompletableFuture<Void> lost = commit.offer("a").orElseThrow();
        assertThatThrownBy(() -> lost.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(OutOfMemoryError.class);
        assertThat(status.isDown("ppg-commit-test")).isTrue();
        assertThat(status.down()).containsKey("ppg-commit-test");

        commit.offer("b").orElseThrow().get(10, TimeUnit.SECONDS);

        assertThat(written).containsExactly("b");
        assertThat(status.down()).isEmpty();
        assertThat(status.restarts()).isEqualTo(1);
    }
}
