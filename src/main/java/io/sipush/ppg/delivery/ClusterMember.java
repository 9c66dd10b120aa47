package io.sipush.ppg.delivery;

import io.sipush.ppg.cluster.ClusterView;
import io.sipush.ppg.cluster.LeaseStore;
import io.sipush.ppg.cluster.Ownership;
import io.sipush.ppg.cluster.OwnershipListener;
import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.monitoring.PushLogTag;
import io.sipush.ppg.push.DeliveryProgressRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.enterprise.concurrent.ManagedThreadFactory;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;

/**
 * This instance as a member of the cluster: it runs the {@link Ownership} heartbeat on a thread
 * of its own ({@link PeriodicLoop}) once the SIP side has been ready for {@link #SIP_SETTLE} (so recovered and
 * taken-over work never goes out before answers can come back), and answers what the rest of the PPG asks about the cluster.
 * On embedded Derby it is the only member and owns every partition.
 */
@ApplicationScoped
public class ClusterMember implements ClusterView {
    private static final Logger LOG = Logger.getLogger(ClusterMember.class.getName());

    @Inject
    LeaseStore leases;

    @Inject
    DeliveryProgressRepository progress;

    @Inject
    DeliveryPort port;

    @Inject
    PpgSettings settings;

    @Resource
    ManagedThreadFactory threads;

    /**
     * How long the SIP side must have been up before this instance takes work. The SIP servlet is
     * initialized (and the sender attached) seconds before the container's application router is
     * (seen 6 s apart under load after a kill -9): MESSAGEs sent in between met 408 answers
     * (issue 11 item 9).
     */
    static final Duration SIP_SETTLE = Duration.ofSeconds(5);

    private volatile Ownership ownership;
    private OwnershipListener listener;
    private volatile boolean joined;
    private Instant sipUpSince;
    private PeriodicLoop heartbeat;

    /** Starts the heartbeat; the listener hears of partitions taken and lost. */
    void start(OwnershipListener listener) {
        String id = settings.cluster().instanceId();
        PushLogTag.instance(id);
        this.listener = listener;
        ownership = new Ownership(leases, id, settings.cluster().lease(), listener);
        Duration every = ownership.heartbeatInterval();
        heartbeat =
                new PeriodicLoop("ppg-heartbeat", every, DeliveryEngine.survivor(this::beat), this::slowBeat, threads);
        heartbeat.start();
        LOG.log(Level.INFO, "{0}PPG instance {1} started; leases of {2} s, heartbeat every {3} ms", new Object[] {
            PushLogTag.instance(), id, settings.cluster().lease().toSeconds(), every.toMillis()
        });
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.stop();
        }
        Ownership o = ownership;
        if (o != null && joined) {
            try {
                o.leave();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, PushLogTag.instance() + "leases not freed at stop; they expire", e);
            }
        }
    }

    private void beat() {
        Ownership o = ownership;
        Instant now = Instant.now();
        try {
            if (!joined) {
                if (!sipSettled(now)) {
                    return;
                }
                o.join();
                int assigned = progress.assignMissingPartitions();
                if (assigned > 0) {
                    LOG.info(PushLogTag.instance() + assigned + " pending deliveries given their partition");
                }
                joined = true;
            }
            int before = o.owned().size();
            boolean alone = o.liveInstances() <= 1;
            o.cycle(now);
            if (o.owned().size() != before) {
                LOG.log(Level.INFO, "{0}owns {1} of the partitions; {2} live instance(s)", new Object[] {
                    PushLogTag.instance(), o.owned().size(), o.liveInstances()
                });
            }
            if (alone && o.liveInstances() > 1) {
                // Alone, the poll left new pushes out: a newcomer may have stored some for us already.
                listener.taken(o.owned());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, PushLogTag.instance() + "lease heartbeat failed; expiring leases stop sending", e);
            o.renewalFailed(now);
        }
    }

    private void slowBeat(Duration late, Duration took) {
        LOG.log(
                Level.WARNING,
                "{0}lease heartbeat started {1} ms late and took {2} ms (every {3} ms); "
                        + "a partition whose send window lapsed meanwhile is scanned again",
                new Object[] {
                    PushLogTag.instance(),
                    late.toMillis(),
                    took.toMillis(),
                    ownership.heartbeatInterval().toMillis()
                });
    }

    private boolean sipSettled(Instant now) {
        if (!port.isReady()) {
            sipUpSince = null;
            return false;
        }
        if (sipUpSince == null) {
            sipUpSince = now;
        }
        return !now.isBefore(sipUpSince.plus(SIP_SETTLE));
    }

    /** True if this instance may send the partition's deliveries now. */
    boolean holds(int partition, Instant now) {
        Ownership o = ownership;
        return o != null && o.holds(partition, now);
    }

    /** True when other instances may share the store: then nothing read from it is cached. */
    boolean sharedStore() {
        return leases.shared();
    }

    @Override
    public String instanceId() {
        return settings.cluster().instanceId();
    }

    @Override
    public int liveInstances() {
        Ownership o = ownership;
        return o == null ? 1 : o.liveInstances();
    }

    @Override
    public Set<Integer> ownedPartitions() {
        Ownership o = ownership;
        return o == null ? Set.of() : o.owned();
    }

    @Override
    public boolean ready() {
        Ownership o = ownership;
        return joined && o != null && o.settled() && port.isReady();
    }
}
