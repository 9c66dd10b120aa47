package io.sipush.ppg.cluster;

import java.util.Set;

/** What this instance knows of the cluster, for the rate limit, health and metrics. */
public interface ClusterView {

    /** {@code PPG_INSTANCE_ID}: host name and HTTP port unless set. */
    String instanceId();

    /** Live instances at the last heartbeat, this one included (at least 1). */
    int liveInstances();

    /** The partitions this instance owns now. */
    Set<Integer> ownedPartitions();

    /** True once the SIP side is up and a first heartbeat has taken this instance's leases. */
    boolean ready();
}
