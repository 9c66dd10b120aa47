package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class PeriodicLoopTest {
    private final List<Duration> tookReported = new CopyOnWriteArrayList<>();

    @Test
    void the_task_runs_again_and_again_on_the_loop_s_own_thread() throws InterruptedException {
        CountDownLatch threeRuns = new CountDownLatch(3);
        List<String> threadNames = new CopyOnWriteArrayList<>();
        PeriodicLoop loop = started(1, () -> {
            threadNames.add(Thread.currentThread().getName());
            threeRuns.countDown();
        });

        assertThat(threeRuns.await(10, TimeUnit.SECONDS)).isTrue();
        loop.stop();
        assertThat(threadNames).allMatch("test-loop"::equals);
    }

    @Test
    void a_run_longer_than_the_period_is_reported_with_its_duration() throws InterruptedException {
        CountDownLatch reported = new CountDownLatch(1);
        PeriodicLoop loop = started(5, () -> sleep(50), (late, took) -> {
            tookReported.add(took);
            reported.countDown();
        });

        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        loop.stop();
        assertThat(tookReported.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    void a_stopped_loop_runs_the_task_no_more() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstRun = new CountDownLatch(1);
        PeriodicLoop loop = started(20, () -> {
            runs.incrementAndGet();
            firstRun.countDown();
        });
        assertThat(firstRun.await(10, TimeUnit.SECONDS)).isTrue();

        loop.stop();
        int afterStop = runs.get();
        sleep(100);

        assertThat(runs.get()).isLessThanOrEqualTo(afterStop + 1);
    }

    private static PeriodicLoop started(long periodMillis, Runnable task) {
        return started(periodMillis, task, (late, took) -> {});
    }

    private static PeriodicLoop started(long periodMillis, Runnable task, BiConsumer<Duration, Duration> slow) {
        PeriodicLoop loop = new PeriodicLoop(
                "test-loop", Duration.ofMillis(periodMillis), task, slow, Executors.defaultThreadFactory());
        loop.start();
        return loop;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
