package io.sipush.ppg.infrastructure.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.delivery.DeliveryEngine;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.ejb.Timer;
import javax.ejb.TimerConfig;
import javax.ejb.TimerService;
import org.junit.jupiter.api.Test;

class EjbRetrySchedulerTest {
    private static final Instant NEXT = Instant.parse("2026-11-26T04:00:15Z");

    private final List<Object[]> created = new ArrayList<>();
    private final List<Long> due = new ArrayList<>();
    private final EjbRetryScheduler scheduler = new EjbRetryScheduler();

    EjbRetrySchedulerTest() {
        scheduler.timers = fake(TimerService.class, (name, args) -> {
            if (name.equals("createSingleActionTimer")) {
                created.add(args);
            }
            return null;
        });
        scheduler.engine = new DeliveryEngine() {
            @Override
            public void retryDue(long deliveryId) {
                due.add(deliveryId);
            }
        };
    }

    @Test
    void schedule_creates_one_persistent_single_action_timer_at_the_next_attempt() {
        scheduler.schedule(42L, NEXT);

        assertThat(created).hasSize(1);
        assertThat(created.get(0)[0]).isEqualTo(Date.from(NEXT));
        TimerConfig config = (TimerConfig) created.get(0)[1];
        assertThat(config.isPersistent()).isTrue();
        assertThat(config.getInfo()).isEqualTo(42L);
    }

    @Test
    void timeout_hands_the_delivery_id_to_the_engine() {
        Timer timer = fake(Timer.class, (name, args) -> name.equals("getInfo") ? 42L : null);

        scheduler.retryDue(timer);

        assertThat(due).containsExactly(42L);
    }

    private interface Call {
        Object on(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> call.on(method.getName(), args)));
    }
}
