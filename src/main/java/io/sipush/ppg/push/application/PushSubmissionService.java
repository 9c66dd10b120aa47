package io.sipush.ppg.push.application;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.mime.ContentEntity;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DeliveryBacklogException;
import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushAccepted;
import io.sipush.ppg.push.PushStoreBusyException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;

/**
 * Accepts a push-message (PAP §9.2): the push and one pending delivery per address are stored
 * together and committed before this returns, so that a 1001 is only ever answered for a push
 * that is on disk. A new push goes through the {@link PushWriter} (group commit: many PAP
 * requests share one commit); one that replaces another goes through the {@link
 * PushReplacementService}, which cancels the replaced push in the same transaction. Delivery
 * starts when the push is committed; a delivery to a terminal the engine knows to have no route
 * is stored waiting for the terminal's registration ({@link TerminalReachability}).
 *
 * <p>Addresses that name the same terminal (the same address of record) get one delivery, under
 * the form written first. A duplicate push-id is found by the store's unique key, not by a query
 * beforehand.
 */
@ApplicationScoped
public class PushSubmissionService {
    @Inject
    PushWriter writer;

    @Inject
    PushReplacementService replacements;

    @Inject
    Event<PushAccepted> accepted;

    @Inject
    PpgSettings settings;

    @Inject
    DeliveryCapacity capacity;

    @Inject
    TerminalReachability reachability;

    /** A stored push, and what its replacement did. */
    public record Submission(Push push, String replacedPushId, int cancelledInReplaced, int withheld) {
        /** Addresses the push will be delivered to. */
        public int sending() {
            return push.deliveries().size() - withheld;
        }
    }

    /**
     * @throws DuplicatePushIdException 2007
     * @throws PushStoreBusyException 4001
     * @throws DeliveryBacklogException 4001, delivery is too far behind
     * @throws PapException the refusals of {@link PushAdmission}, 2002 and (replacement) 2004
     */
    public Submission submit(String piName, PushMessage message, ContentEntity content, Instant now)
            throws DuplicatePushIdException, PushStoreBusyException, DeliveryBacklogException, PapException {
        Optional<String> refusal = capacity.refusal();
        if (refusal.isPresent()) {
            throw new DeliveryBacklogException(refusal.get());
        }
        if (message.replacePushId() != null) {
            return replacements.submit(piName, message, content, now);
        }
        Push push = newPush(piName, message, content, now, settings);
        waitForUnreachable(push, now);
        writer.store(push);
        accepted.fire(PushAccepted.of(push));
        return new Submission(push, null, 0, 0);
    }

    /** A delivery due now to a terminal known to have no route is stored waiting for its REGISTER. */
    private void waitForUnreachable(Push push, Instant now) {
        if (push.firstAttemptAt().isAfter(now)) {
            return;
        }
        for (Delivery delivery : push.deliveries()) {
            if (reachability.knownUnreachable(delivery.aor(), push.applicationId(), now)) {
                delivery.awaitRegistration();
            }
        }
    }

    /** True when this PI has a push with this push-id; its own transaction. */
    public boolean exists(String piName, String pushId) {
        return replacements.exists(piName, pushId);
    }

    /** The push the message asks for, after the admission checks; not stored yet. */
    static Push newPush(String piName, PushMessage message, ContentEntity content, Instant now, PpgSettings settings)
            throws PapException {
        PushAdmission.check(message, content, now);
        Map<String, String> targets = targets(message.addresses(), settings.homeDomain());
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
        return builder.build();
    }

    /** Address of record to the PAP address as first written, in the PI's order. */
    private static Map<String, String> targets(List<PushAddress> addresses, String homeDomain) throws PapException {
        Map<String, String> targets = new LinkedHashMap<>();
        for (PushAddress address : addresses) {
            String aor = Addresses.aorOf(address, homeDomain)
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
}
