package io.sipush.ppg.infrastructure.health;

import io.sipush.ppg.infrastructure.warmup.WarmUpOnStart;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the warm-up at start has ended (PPG_WARMUP_ROUNDS, PPG_WARMUP_PUSHES; both 0: at once). */
@Readiness
@ApplicationScoped
public class WarmUpCheck implements HealthCheck {
    @Inject
    WarmUpOnStart warmUp;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up").state(warmUp.done()).build();
    }
}
