package io.sipush.ppg.push.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushBatchRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitPushWriterTest {
    /** Stores all or nothing, like a transaction with a unique key on (PI, push-id). */
    private static final class UniqueStore implements PushBatchRepository {
        final Set<String> stored = new HashSet<>();
        final List<Integer> batchSizes = new ArrayList<>();

        @Override
        public synchronized void addAll(List<Push> pushes) throws DuplicatePushIdException {
            batchSizes.add(pushes.size());
            Set<String> keys = new HashSet<>();
            for (Push push : pushes) {
                String key = push.piName() + "/" + push.pushId();
                if (stored.contains(key) || !keys.add(key)) {
                    throw new DuplicatePushIdException(push.pushId());
                }
            }
            stored.addAll(keys);
        }
    }

    private final UniqueStore store = new UniqueStore();
    private final GroupCommitPushWriter writer = new GroupCommitPushWriter();
    private final ExecutorService pis = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        writer.stop();
        pis.shutdownNow();
    }

    private void start() {
        writer.store = store;
        writer.threads = Thread::new;
        writer.start();
    }

    private static Push push(String pushId) {
        return Push.builder()
                .pi("dm-server")
                .pushId(pushId)
                .receivedAt(Instant.now())
                .content("text/plain", "x-wap-application:syncml.dm", new byte[] {1})
                .target("WAPPUSH=sip%3Aa%40ims.example.org/TYPE=USER", "sip:a@ims.example.org")
                .build();
    }

    @Test
    void a_push_is_stored_when_store_returns() throws Exception {
        start();
        writer.store(push("p1"));

        assertThat(store.stored).containsExactly("dm-server/p1");
    }

    @Test
    void a_push_id_taken_already_fails_only_its_own_request() throws Exception {
        start();
        writer.store(push("taken"));
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = i % 10 == 0 ? "taken" : "new-" + i;
            requests.add(() -> {
                try {
                    writer.store(push(id));
                    return "stored";
                } catch (DuplicatePushIdException e) {
                    return "duplicate";
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : pis.invokeAll(requests)) {
            outcomes.add(f.get());
        }

        assertThat(outcomes).filteredOn("duplicate"::equals).hasSize(4);
        assertThat(outcomes).filteredOn("stored"::equals).hasSize(36);
        assertThat(store.stored).hasSize(37);
    }

    @Test
    void the_same_push_id_twice_in_one_batch_stores_it_once() throws Exception {
        start();
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(() -> {
                try {
                    writer.store(push("same"));
                    return true;
                } catch (DuplicatePushIdException e) {
                    return false;
                }
            });
        }
        int stored = 0;
        for (Future<Boolean> f : pis.invokeAll(requests)) {
            stored += f.get() ? 1 : 0;
        }

        assertThat(stored).isEqualTo(1);
        assertThatThrownBy(() -> writer.store(push("same"))).isInstanceOf(DuplicatePushIdException.class);
    }
}
