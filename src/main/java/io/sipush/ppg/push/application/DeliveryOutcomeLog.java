package io.sipush.ppg.push.application;

import io.sipush.ppg.monitoring.PushLogTag;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.push.DeliveryEnded;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Observes;
import javax.enterprise.event.TransactionPhase;

/**
 * One log line per delivery that reached a final state, once that state is committed: at INFO
 * when the push did not get through (undeliverable, expired, cancelled, ...), at FINE when it
 * was delivered, so that a busy PPG does not log every success.
 */
@ApplicationScoped
public class DeliveryOutcomeLog {
    private static final Logger LOG = Logger.getLogger(DeliveryOutcomeLog.class.getName());

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryEnded ended) {
        log(ended);
    }

    /** Logs a final state: every end reaches here through the {@link DeliveryEnded} event, after its commit. */
    public void log(DeliveryEnded ended) {
        Level level = ended.state() == MessageState.DELIVERED ? Level.FINE : Level.INFO;
        if (LOG.isLoggable(level)) {
            LOG.log(level, "{0} delivery {1} ended {2} after {3} ms", new Object[] {
                PushLogTag.of(ended.piName(), ended.pushId()),
                String.valueOf(ended.deliveryId()),
                ended.state().papName(),
                String.valueOf(
                        Duration.between(ended.receivedAt(), ended.endedAt()).toMillis())
            });
        }
    }
}
