package io.sipush.ppg.infrastructure.health;

import java.lang.management.ManagementFactory;
import javax.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while no threads are deadlocked: a deadlock never ends by itself, and a restart is the way
 * out. (Heap use is not checked: before a collection it is high on a healthy server.)
 */
@Liveness
@ApplicationScoped
public class JvmLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        int count = deadlocked == null ? 0 : deadlocked.length;
        return HealthCheckResponse.named("jvm")
                .withData("deadlocked-threads", count)
                .state(count == 0)
                .build();
    }
}
