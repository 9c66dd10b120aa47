package io.sipush.ppg.infrastructure.scheduling;

import io.sipush.ppg.delivery.RetryDue;
import io.sipush.ppg.delivery.RetryScheduler;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;
import javax.annotation.Resource;
import javax.ejb.Stateless;
import javax.ejb.Timeout;
import javax.ejb.Timer;
import javax.ejb.TimerConfig;
import javax.ejb.TimerService;
import javax.ejb.TransactionAttribute;
import javax.ejb.TransactionAttributeType;
import javax.inject.Inject;

/**
 * One persistent single-action timer per scheduled retry, its info the delivery id. Liberty
 * stores it in the task tables of the default persistent executor on {@code DefaultDataSource}
 * and fires it after a restart if its time passed while the server was down. With several
 * instances on one database, a timer of an instance that died fires on a survivor (the persistent
 * executor's failover, server.xml); whichever instance it fires on, only the owner of the
 * delivery's partition sends it.
 */
@Stateless
public class EjbRetryScheduler implements RetryScheduler {
    private static final Logger LOG = Logger.getLogger(EjbRetryScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RetryDue engine;

    @Override
    public void schedule(long deliveryId, Instant at) {
        try {
            timers.createSingleActionTimer(Date.from(at), new TimerConfig(deliveryId, true));
        } catch (RuntimeException e) {
            // the timer is only a nudge: the owner's poll finds the retry due in the store
            LOG.warning("no timer for the retry of delivery " + deliveryId + " (" + e + ")");
        }
    }

    // No transaction: the engine reads and writes in local JDBC transactions of its own, which a
    // global one would forbid; a failure here makes Liberty run the timer again.
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void retryDue(Timer timer) {
        engine.retryDue((Long) timer.getInfo());
    }
}
