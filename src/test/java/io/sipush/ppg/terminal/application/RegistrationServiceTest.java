package io.sipush.ppg.terminal.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.terminal.AddressOfRecord;
import io.sipush.ppg.terminal.ContactBinding;
import io.sipush.ppg.terminal.Registration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {
    /** A transaction that counts how many run at once; each waits (up to 1 s) for all to be inside. */
    private static final class CountingTransaction extends RegistrationTransaction {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch allInside;

        CountingTransaction(int all) {
            allInside = new CountDownLatch(all);
        }

        @Override
        public List<ContactBinding> register(Registration registration) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            allInside.countDown();
            try {
                allInside.await(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return List.of();
        }
    }

    private static int mostAtOnce(String... aors) throws InterruptedException {
        CountingTransaction transaction = new CountingTransaction(aors.length);
        RegistrationService service = new RegistrationService();
        service.transaction = transaction;
        ExecutorService threads = Executors.newFixedThreadPool(aors.length);
        CountDownLatch start = new CountDownLatch(1);
        for (String aor : aors) {
            threads.execute(() -> {
                try {
                    start.await();
                    service.register(Registration.removeAll(AddressOfRecord.parse(aor, "ims.example.org")));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        return transaction.most.get();
    }

    @Test
    void registers_of_one_address_of_record_are_applied_one_at_a_time() throws Exception {
        String alice = "sip:alice@ims.example.org";

        assertThat(mostAtOnce(alice, alice)).isEqualTo(1);
    }

    @Test
    void registers_of_different_addresses_of_record_may_run_at_once() throws Exception {
        assertThat(mostAtOnce("sip:alice@ims.example.org", "sip:bob@ims.example.org"))
                .isEqualTo(2);
    }
}
