package io.sipush.ppg.infrastructure.health;

import io.sipush.ppg.batch.LoopStatus;
import java.util.Map;
import javax.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while one of the PPG's loop threads (a group-commit writer, a delivery worker, a
 * sweep) is restarting after an Error: meanwhile new pushes get 4001. Ready again once it runs.
 */
@Readiness
@ApplicationScoped
public class LoopThreadsCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        LoopStatus status = LoopStatus.shared();
        Map<String, String> down = status.down();
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("loop-threads").withData("restarts", status.restarts());
        down.forEach(response::withData);
        return response.state(down.isEmpty()).build();
    }
}
