package io.sipush.ppg.infrastructure.health;

import io.sipush.ppg.delivery.otasip.OtaSipSender;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the SIP servlet has started and handed its SIP factory to the sender. */
@Readiness
@ApplicationScoped
public class SipListenerCheck implements HealthCheck {
    @Inject
    OtaSipSender sender;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sip-listener")
                .state(sender.attached())
                .build();
    }
}
