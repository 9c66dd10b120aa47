package io.sipush.ppg.push.application;

import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryRepository;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushRepository;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Pushes and deliveries in memory, with ids assigned on add as the JPA store does. */
public final class InMemoryPushStore implements PushRepository, DeliveryRepository {
    private final List<Push> pushes = new ArrayList<>();
    private long nextId = 1;

    @Override
    public void add(Push push) {
        assignId(Push.class, push);
        push.deliveries().forEach(d -> assignId(Delivery.class, d));
        pushes.add(push);
    }

    @Override
    public boolean exists(String piName, String pushId) {
        return find(piName, pushId).isPresent();
    }

    @Override
    public Optional<Push> find(String piName, String pushId) {
        return pushes.stream()
                .filter(p -> p.piName().equals(piName) && p.pushId().equals(pushId))
                .findFirst();
    }

    @Override
    public Optional<Delivery> find(long deliveryId) {
        return pushes.stream()
                .flatMap(p -> p.deliveries().stream())
                .filter(d -> d.id() == deliveryId)
                .findFirst();
    }

    @Override
    public Optional<Delivery> findForUpdate(long deliveryId) {
        return find(deliveryId);
    }

    @Override
    public List<Long> overdue(Instant since, Instant now, java.util.Collection<Integer> partitions, int limit) {
        return deliveries()
                .filter(d -> !d.isFinal() && d.isOverdueAt(now) && partitions.contains(d.partition()))
                .filter(d -> since == null || !d.isOverdueAt(since))
                .limit(limit)
                .map(Delivery::id)
                .toList();
    }

    private Stream<Delivery> deliveries() {
        return pushes.stream().flatMap(p -> p.deliveries().stream());
    }

    public int size() {
        return pushes.size();
    }

    private void assignId(Class<?> type, Object entity) {
        try {
            Field id = type.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
