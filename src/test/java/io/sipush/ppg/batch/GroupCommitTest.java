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
    private GroupCommit<String> commit;

    @AfterEach
    void stop() {
        release.countDown();
        commit.stop();
    }

    /** A writer that holds its first batch until released, then completes every item. */
    private void write(List<GroupCommit.Item<String>> batch) {
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

    @Test
    void items_that_queue_up_during_a_write_are_written_together() throws Exception {
        commit = new GroupCommit<>("test", 100, 50, Thread::new, this::write);
        CompletableFuture<Void> first = commit.offer("a").orElseThrow();
        while (commit.waiting() > 0) {
            Thread.onSpinWait();
        }
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
    void a_full_queue_refuses_at_once() {
        commit = new GroupCommit<>("test", 2, 50, Thread::new, this::write);
        commit.offer("a").orElseThrow();
        while (commit.waiting() > 0) {
            Thread.onSpinWait();
        }
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
}
