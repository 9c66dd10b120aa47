package io.sipush.ppg.delivery;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.push.application.DeliveryCapacity;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.annotation.PostConstruct;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;

/** The engine's {@link DeliveryLag} as the PAP side sees it: pushes are refused while it is behind. */
@ApplicationScoped
public class DeliveryBacklogGate implements DeliveryCapacity {
    @Inject
    PpgSettings settings;

    private DeliveryLag lag;

    @PostConstruct
    void init() {
        lag = new DeliveryLag(settings.overloadLag());
    }

    void answered(Instant sentAt, Instant now) {
        if (lag.on() && sentAt != null) {
            lag.roundTrip(Duration.between(sentAt, now), now);
        }
    }

    void waited(long nanos) {
        if (lag.on()) {
            lag.sample(Duration.ofNanos(nanos), Instant.now());
        }
    }

    @Override
    public Optional<String> refusal() {
        return lag.refusal(Instant.now());
    }
}
