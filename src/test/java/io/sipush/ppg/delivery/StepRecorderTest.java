package io.sipush.ppg.delivery;

import static io.sipush.ppg.delivery.Tickets.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryStep;
import io.sipush.ppg.push.DeliveryStep.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StepRecorderTest {
    private static final String AOR = "sip:alice@ims.example.org";

    private final List<List<DeliveryStep>> batches = new CopyOnWriteArrayList<>();
    private final List<DeliveryStep> notifying = new CopyOnWriteArrayList<>();
    private final List<DeliveryEnded> ended = new CopyOnWriteArrayList<>();
    private final Set<Long> badRows = new HashSet<>();
    private final Set<Long> alreadyFinal = new HashSet<>();
    private final List<String> writtenBy = new CopyOnWriteArrayList<>();

    private final StepRecorder recorder = new StepRecorder(
            this::writeBatch,
            step -> notifying.add(step),
            Executors.newSingleThreadExecutor(),
            ended::add,
            Executors.defaultThreadFactory());

    @AfterEach
    void stop() {
        recorder.stop();
    }

    private Set<Long> writeBatch(List<DeliveryStep> steps) {
        batches.add(steps);
        steps.forEach(
                s -> writtenBy.add(s.deliveryId() + "@" + Thread.currentThread().getName()));
        if (steps.stream().anyMatch(s -> badRows.contains(s.deliveryId()))) {
            throw new IllegalStateException("value too long for column REASON");
        }
        Set<Long> changed = new HashSet<>();
        steps.stream()
                .map(DeliveryStep::deliveryId)
                .filter(id -> !alreadyFinal.contains(id))
                .forEach(changed::add);
        return changed;
    }

    private static DeliveryStep step(long id, Kind kind) {
        return DeliveryStep.answered(id, kind, T0, "sip:alice@192.0.2.1", T0.plusSeconds(1), 200, null, null);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_final_step_is_announced_after_its_commit() throws Exception {
        QueuedDelivery d = Tickets.delivery(1, AOR);

        assertThat(await(recorder.record(d, step(1, Kind.DELIVERED)))).isTrue();

        assertThat(ended).singleElement().satisfies(e -> {
            assertThat(e.deliveryId()).isEqualTo(1);
            assertThat(e.state()).isEqualTo(MessageState.DELIVERED);
            assertThat(e.pushId()).isEqualTo("push-1");
        });
    }

    @Test
    void the_steps_of_one_delivery_go_to_one_writer_in_order_and_two_deliveries_to_two_writers() throws Exception {
        QueuedDelivery seven = Tickets.delivery(7, AOR);
        QueuedDelivery eight = Tickets.delivery(8, AOR);

        CompletableFuture<Boolean> retry = recorder.record(seven, step(7, Kind.RETRY));
        CompletableFuture<Boolean> other = recorder.record(eight, step(8, Kind.DELIVERED));
        CompletableFuture<Boolean> delivered = recorder.record(seven, step(7, Kind.DELIVERED));
        await(CompletableFuture.allOf(retry, other, delivered));

        List<String> sevens = writtenBy.stream().filter(w -> w.startsWith("7@")).toList();
        assertThat(sevens).hasSize(2);
        assertThat(sevens.get(0)).isEqualTo(sevens.get(1));
        assertThat(batches.stream().flatMap(List::stream).filter(s -> s.deliveryId() == 7))
                .extracting(DeliveryStep::kind)
                .containsExactly(Kind.RETRY, Kind.DELIVERED);
        assertThat(writtenBy.stream().map(w -> w.substring(w.indexOf('@'))).distinct())
                .hasSize(2);
    }

    @Test
    void a_step_that_is_not_final_is_not_announced() throws Exception {
        QueuedDelivery d = Tickets.delivery(2, AOR);

        await(recorder.record(d, step(2, Kind.REDIRECT)));

        assertThat(ended).isEmpty();
    }

    @Test
    void a_step_for_a_delivery_final_already_is_neither_applied_nor_announced() throws Exception {
        alreadyFinal.add(3L);

        assertThat(await(recorder.record(Tickets.delivery(3, AOR), step(3, Kind.DELIVERED))))
                .isFalse();
        assertThat(ended).isEmpty();
    }

    @Test
    void a_final_step_of_a_notifying_push_is_written_with_its_notification_and_announced_the_same_way()
            throws Exception {
        QueuedDelivery d = new QueuedDelivery(Tickets.ticket(4, AOR, T0, true), null);

        assertThat(await(recorder.record(d, step(4, Kind.DELIVERED)))).isTrue();

        assertThat(notifying).extracting(DeliveryStep::deliveryId).containsExactly(4L);
        assertThat(batches).isEmpty();
        assertThat(ended).extracting(DeliveryEnded::deliveryId).containsExactly(4L);
    }

    @Test
    void one_bad_row_in_a_batch_fails_only_its_own_step() throws Exception {
        badRows.add(6L);
        CompletableFuture<Boolean> good1 = new CompletableFuture<>();
        CompletableFuture<Boolean> bad = new CompletableFuture<>();
        CompletableFuture<Boolean> good2 = new CompletableFuture<>();
        // Three steps, likely in one batch; whatever the batching, each ends on its own.
        recorder.record(Tickets.delivery(5, AOR), step(5, Kind.DELIVERED))
                .whenComplete((v, e) -> complete(good1, v, e));
        recorder.record(Tickets.delivery(6, AOR), step(6, Kind.DELIVERED)).whenComplete((v, e) -> complete(bad, v, e));
        recorder.record(Tickets.delivery(7, AOR), step(7, Kind.DELIVERED))
                .whenComplete((v, e) -> complete(good2, v, e));

        assertThat(await(good1)).isTrue();
        assertThat(await(good2)).isTrue();
        assertThatThrownBy(() -> await(bad)).isInstanceOf(ExecutionException.class);
        assertThat(ended).extracting(DeliveryEnded::deliveryId).containsExactlyInAnyOrder(5L, 7L);
    }

    private static void complete(CompletableFuture<Boolean> target, Boolean value, Throwable failure) {
        if (failure != null) {
            target.completeExceptionally(failure);
        } else {
            target.complete(value);
        }
    }
}
