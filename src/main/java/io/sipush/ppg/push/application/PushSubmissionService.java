package io.sipush.ppg.push.application;

import io.sipush.ppg.infrastructure.config.PpgSettings;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.mime.ContentEntity;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.Push;
import io.sipush.ppg.push.PushAccepted;
import io.sipush.ppg.push.PushRepository;
import io.sipush.ppg.terminal.AddressOfRecord;
import java.time.Instant;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Event;
import javax.inject.Inject;
import javax.transaction.Transactional;

/**
 * Accepts a push-message (PAP §9.2): stores the push and one pending delivery per address in one
 * transaction, so that a 1001 is only ever answered for a push that is on disk. Delivery starts
 * when the transaction has committed.
 */
@ApplicationScoped
public class PushSubmissionService {
    @Inject
    PushRepository pushes;

    @Inject
    Event<PushAccepted> accepted;

    @Inject
    PpgSettings settings;

    @Transactional(rollbackOn = {DuplicatePushIdException.class, PapException.class})
    public Push submit(String piName, PushMessage message, ContentEntity content, Instant now)
            throws DuplicatePushIdException, PapException {
        if (pushes.exists(piName, message.pushId())) {
            throw new DuplicatePushIdException(message.pushId());
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
        for (PushAddress address : message.addresses()) {
            builder.target(address.papValue(), addressOfRecord(address).value());
        }
        Push push = builder.build();
        pushes.add(push);
        accepted.fire(new PushAccepted(
                push.id(), push.deliveries().stream().map(Delivery::id).toList(),
                push.priority().ordinal(), push.firstAttemptAt()));
        return push;
    }

    private AddressOfRecord addressOfRecord(PushAddress address) throws PapException {
        String home = settings.homeDomain();
        try {
            return AddressOfRecord.parse(address.toSipUri(home), home);
        } catch (IllegalArgumentException e) {
            throw new PapException(StatusCode.ADDRESS_ERROR, e.getMessage(), address.papValue());
        }
    }
}
