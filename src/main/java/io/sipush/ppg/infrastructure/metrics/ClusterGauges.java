package io.sipush.ppg.infrastructure.metrics;

import io.sipush.ppg.cluster.ClusterView;
import java.util.function.LongSupplier;
import javax.annotation.PostConstruct;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.context.Initialized;
import javax.enterprise.event.Observes;
import javax.inject.Inject;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricType;
import org.eclipse.microprofile.metrics.Tag;

/**
 * This instance in the cluster, as gauges labelled {@code instance=<PPG_INSTANCE_ID>}: {@code
 * ppg_instance_partitions_owned} and {@code ppg_instance_live_instances} (Prometheus names get
 * the prefix {@code application_}).
 */
@ApplicationScoped
public class ClusterGauges {
    @Inject
    MetricRegistry registry;

    @Inject
    ClusterView cluster;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // Observing the start creates the bean, and with it the gauges.
    }

    @PostConstruct
    void register() {
        Tag instance = new Tag("instance", cluster.instanceId());
        gauge(
                "ppg_instance_partitions_owned",
                "Partitions of terminals this instance owns and sends",
                instance,
                () -> cluster.ownedPartitions().size());
        gauge(
                "ppg_instance_live_instances",
                "PPG instances alive on this database, as this one sees them",
                instance,
                () -> cluster.liveInstances());
    }

    private void gauge(String name, String description, Tag tag, LongSupplier value) {
        Gauge<Long> gauge = value::getAsLong;
        registry.register(
                Metadata.builder()
                        .withName(name)
                        .withDescription(description)
                        .withType(MetricType.GAUGE)
                        .build(),
                gauge,
                tag);
    }
}
