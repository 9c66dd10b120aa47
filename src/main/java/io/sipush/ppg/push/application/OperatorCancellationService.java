package io.sipush.ppg.push.application;

import io.sipush.ppg.monitoring.PushLogTag;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushIdNotFoundException;
import io.sipush.ppg.push.PushNotFoundException;
import io.sipush.ppg.push.PushSearchRepository;
import io.sipush.ppg.push.application.PushCancellationService.Cancellation;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * The operator cancels a push on behalf of its PI: exactly what a cancel-message of that PI for
 * all addresses does (PAP §9.3), result notifications included.
 */
@ApplicationScoped
public class OperatorCancellationService {
    private static final Logger LOG = Logger.getLogger(OperatorCancellationService.class.getName());

    @Inject
    PushSearchRepository pushes;

    @Inject
    PushCancellationService cancellation;

    @Transactional
    public List<Cancellation> cancel(long pushKey, Instant now) throws PushNotFoundException {
        Push push = pushes.findByKey(pushKey).orElseThrow(() -> new PushNotFoundException(pushKey));
        try {
            List<Cancellation> results = cancellation.cancel(push.piName(), push.pushId(), now);
            LOG.info(PushLogTag.of(push.piName(), push.pushId()) + " cancelled by the operator: "
                    + results.stream().filter(Cancellation::cancelled).count() + " of " + results.size()
                    + " addresses cancelled");
            return results;
        } catch (PushIdNotFoundException e) {
            throw new PushNotFoundException(pushKey);
        }
    }
}
