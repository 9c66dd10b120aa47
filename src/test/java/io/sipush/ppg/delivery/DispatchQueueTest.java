package io.sipush.ppg.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DispatchQueueTest {
    private static final String AOR = "sip:alice@ims.example.org";

    @Test
    void a_worker_reports_how_long_each_delivery_waited_for_it() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch bothDone = new CountDownLatch(2);
        List<Long> waits = new CopyOnWriteArrayList<>();
        DispatchQueue queue = new DispatchQueue(
                1,
                Executors.defaultThreadFactory(),
                d -> {
                    if (d.deliveryId == 1) {
                        firstStarted.countDown();
                        await(release);
                    }
                    bothDone.countDown();
                },
                waits::add);

        queue.add(Tickets.delivery(1, AOR));
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        queue.add(Tickets.delivery(2, AOR));
        long queued = System.nanoTime();
        while (System.nanoTime() - queued < 10_000_000L) {
            Thread.onSpinWait(); // the one worker stays busy with the first for a while
        }
        long heldFor = System.nanoTime() - queued;
        release.countDown();
        assertThat(bothDone.await(10, TimeUnit.SECONDS)).isTrue();
        queue.stop();

        assertThat(waits).hasSize(2);
        assertThat(waits.get(1)).as("the second waited for the one worker").isGreaterThanOrEqualTo(heldFor);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
