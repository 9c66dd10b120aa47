package io.sipush.ppg.infrastructure.health;

import io.sipush.ppg.cluster.ClusterView;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once this instance has joined the cluster: the SIP side is up and a first heartbeat has
 * taken its partition leases (docs/cluster.md). Its data names the instance ({@code instance}),
 * how many partitions it owns ({@code partitions-owned}) and which ({@code partitions}), and the
 * live instances ({@code live-instances}).
 */
@Readiness
@ApplicationScoped
public class ClusterCheck implements HealthCheck {
    @Inject
    ClusterView cluster;

    @Override
    public HealthCheckResponse call() {
        TreeSet<Integer> owned = new TreeSet<>(cluster.ownedPartitions());
        return HealthCheckResponse.named("cluster")
                .withData("instance", cluster.instanceId())
                .withData("partitions-owned", owned.size())
                .withData("partitions", owned.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .withData("live-instances", cluster.liveInstances())
                .state(cluster.ready())
                .build();
    }
}
