package io.sipush.ppg.push.application;

import io.sipush.ppg.infrastructure.config.PpgSettings;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PushAddress;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Accepts a push-message (PAP §9.2): stores the push and one pending delivery per address in one
 * transaction, so that a 1001 is only ever answered for a push that is on disk. Delivery starts
 * when the transaction has committed.
 *
 * <p>Addresses that name the same terminal (the same address of record) get one delivery, under
 * the form written first. A push that replaces another (PAP 2.0 {@code replace-push-id}, one of
 * the same PI's pushes, else 2004) cancels, in the same transaction, every delivery of the
 * replaced push that is not final yet. With {@code replace-method="all"} the new push then goes
 * to all of its addresses; with {@code pending-only} only to the terminals whose delivery of the
 * replaced push was still pending and is now cancelled: its other deliveries end {@code
 * cancelled} at once, and when nothing was pending the push is stored with every address
 * cancelled.
 */
@ApplicationScoped
public class PushSubmissionService {
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

    /** A stored push, and what its replacement did. */
    public record Submission(Push push, String replacedPushId, int cancelledInReplaced, int withheld) {
        /** Addresses the push will be delivered to. */
        public int sending() {
            return push.deliveries().size() - withheld;
        }
    }

    @Transactional(rollbackOn = {DuplicatePushIdException.class, PapException.class})
    public Submission submit(String piName, PushMessage message, ContentEntity content, Instant now)
            throws DuplicatePushIdException, PapException {
        if (pushes.exists(piName, message.pushId())) {
            throw new DuplicatePushIdException(message.pushId());
        }
        PushAdmission.check(message, content, now);
        Map<String, String> targets = targets(message.addresses());
        Push replaced = null;
        if (message.replacePushId() != null) {
            replaced = pushes.find(piName, message.replacePushId())
                    .orElseThrow(() -> new PapException(
                            StatusCode.PUSH_ID_NOT_FOUND,
                            "replace-push-id '" + message.replacePushId()
                                    + "' names no push of this push initiator; nothing was stored",
                            "replace-push-id=\"" + message.replacePushId() + "\""));
        }
        Push.Builder builder = Push.builder()
                .pi(piName)
                .pushId(message.pushId())
                .papVersion(message.version())
                .receivedAt(now)
                .deliverBefore(message.deliverBeforeTimestamp())
                .deliverAfter(message.deliverAfterTimestamp())
                .sourceReference(message.sourceReference())
                .notifyRequestedTo(message.ppgNotifyRequestedTo())
                .priority(message.qualityOfService().priority())
                .deliveryMethod(message.qualityOfService().deliveryMethod())
                .content(content.contentType(), content.applicationId().urn(), content.body());
        targets.forEach((aor, papAddress) -> builder.target(papAddress, aor));
        Push push = builder.build();
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
        List<Long> toSend = push.deliveries().stream()
                .filter(d -> !d.isFinal())
                .map(Delivery::id)
                .toList();
        if (!toSend.isEmpty()) {
            accepted.fire(new PushAccepted(push.id(), toSend, push.priority().ordinal(), push.firstAttemptAt()));
        }
        return new Submission(push, replaced == null ? null : replaced.pushId(), cancelled, withheld);
    }

    /** True when this PI has a push with this push-id; its own transaction. */
    @Transactional
    public boolean exists(String piName, String pushId) {
        return pushes.exists(piName, pushId);
    }

    /** Address of record to the PAP address as first written, in the PI's order. */
    private Map<String, String> targets(List<PushAddress> addresses) throws PapException {
        Map<String, String> targets = new LinkedHashMap<>();
        for (PushAddress address : addresses) {
            String aor = Addresses.aorOf(address, settings.homeDomain())
                    .orElseThrow(() -> new PapException(
                            StatusCode.ADDRESS_ERROR,
                            "the address names no SIP address of record",
                            address.papValue()));
            if (aor.length() > PushAdmission.MAX_ADDRESS) {
                throw new PapException(StatusCode.ADDRESS_ERROR, "the address is too long", address.papValue());
            }
            targets.putIfAbsent(aor, address.papValue());
        }
        return targets;
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
