package io.sipush.ppg.push.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.ReplaceMethod;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.mime.ContentEntity;
import io.sipush.ppg.push.CancellationNotPossibleException;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryEnded;
import io.sipush.ppg.push.DeliveryRepository;
import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushAccepted;
import io.sipush.ppg.push.PushRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Accepts a push-message that replaces another (PAP 2.0 §9.2 {@code replace-push-id}), through
 * JPA in one transaction of its own: the new push and its deliveries are stored and the replaced
 * push's deliveries are cancelled together. The replaced push must be one of the same PI's
 * pushes, else 2004; every delivery of it that is not final yet is cancelled. With {@code replace-method="all"} the new push then goes
 * to all of its addresses; with {@code pending-only} only to the terminals whose delivery of the
 * replaced push was still pending and is now cancelled: its other deliveries end {@code
 * cancelled} at once, and when nothing was pending the push is stored with every address
 * cancelled.
 */
@ApplicationScoped
public class PushReplacementService {
    @Inject
    PushRepository pushes;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Event<PushAccepted> accepted;

    @Inject
    Event<DeliveryEnded> ended;

    @Inject
    PpgSettings settings;

    @Transactional(rollbackOn = {DuplicatePushIdException.class, PapException.class})
    public PushSubmissionService.Submission submit(
            String piName, PushMessage message, ContentEntity content, Instant now)
            throws DuplicatePushIdException, PapException {
        if (pushes.exists(piName, message.pushId())) {
            throw new DuplicatePushIdException(message.pushId());
        }
        Push push = PushSubmissionService.newPush(piName, message, content, now, settings);
        Push replaced = null;
        if (message.replacePushId() != null) {
            replaced = pushes.find(piName, message.replacePushId())
                    .orElseThrow(() -> new PapException(
                            StatusCode.PUSH_ID_NOT_FOUND,
                            "replace-push-id '" + message.replacePushId()
                                    + "' names no push of this push initiator; nothing was stored",
                            "replace-push-id=\"" + message.replacePushId() + "\""));
        }
        pushes.add(push);
        int cancelled = 0;
        int withheld = 0;
        if (replaced != null) {
            Set<String> wasPending = cancelReplaced(replaced, message.pushId(), now);
            cancelled = wasPending.size();
            if (message.replaceMethod() == ReplaceMethod.PENDING_ONLY) {
                withheld = withhold(push, wasPending, replaced.pushId(), now);
            }
        }
        PushAccepted ready = PushAccepted.of(push);
        if (!ready.tickets().isEmpty()) {
            accepted.fire(ready);
        }
        return new PushSubmissionService.Submission(
                push, replaced == null ? null : replaced.pushId(), cancelled, withheld);
    }

    /** True when this PI has a push with this push-id; its own transaction. */
    @Transactional
    public boolean exists(String piName, String pushId) {
        return pushes.exists(piName, pushId);
    }

    /** Cancels the replaced push's deliveries that are not final; returns their addresses of record. */
    private Set<String> cancelReplaced(Push replaced, String byPushId, Instant now) {
        Set<String> wasPending = new HashSet<>();
        for (Delivery listed : replaced.deliveries()) {
            Delivery delivery = deliveries.findForUpdate(listed.id()).orElse(listed);
            if (delivery.isFinal()) {
                continue;
            }
            end(delivery, now, "replaced by push-id '" + byPushId + "'");
            wasPending.add(delivery.aor());
        }
        return wasPending;
    }

    /** pending-only: the new push goes nowhere the replaced one was not pending. */
    private int withhold(Push push, Set<String> wasPending, String replacedPushId, Instant now) {
        int withheld = 0;
        for (Delivery delivery : push.deliveries()) {
            if (!wasPending.contains(delivery.aor())) {
                end(
                        delivery,
                        now,
                        "not sent: replace-method pending-only, and push-id '" + replacedPushId
                                + "' was not pending for this address");
                withheld++;
            }
        }
        return withheld;
    }

    private void end(Delivery delivery, Instant now, String why) {
        try {
            delivery.cancelled(now, why);
        } catch (CancellationNotPossibleException e) {
            throw new IllegalStateException("a delivery checked as pending is final", e);
        }
        ended.fire(DeliveryEnded.of(delivery));
    }
}
