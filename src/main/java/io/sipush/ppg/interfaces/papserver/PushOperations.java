package io.sipush.ppg.interfaces.papserver;

import io.sipush.ppg.config.PpgSettings;
import io.sipush.ppg.delivery.InFlight;
import io.sipush.ppg.delivery.InFlightMessages;
import io.sipush.ppg.monitoring.PushLogTag;
import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.mime.PushSubmissionEntity;
import io.sipush.ppg.push.DeliveryBacklogException;
import io.sipush.ppg.push.DuplicatePushIdException;
import io.sipush.ppg.push.PpgSender;
import io.sipush.ppg.push.PushIdNotFoundException;
import io.sipush.ppg.push.PushStoreBusyException;
import io.sipush.ppg.push.application.AddressLookup;
import io.sipush.ppg.push.application.AddressStatus;
import io.sipush.ppg.push.application.PushCancellationService;
import io.sipush.ppg.push.application.PushCancellationService.Cancellation;
import io.sipush.ppg.push.application.PushStatusService;
import io.sipush.ppg.push.application.PushSubmissionService;
import io.sipush.ppg.push.application.PushSubmissionService.Submission;
import io.sipush.ppg.terminal.application.ClientCapabilitiesService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.enterprise.context.ApplicationScoped;
import javax.inject.Inject;

/**
 * The PAP operations (WAP-247-PAP-20010429-a §9.2 push, §9.4 cancel, §9.8 status query, §9.10
 * client capabilities query). Each reply carries the version of the request. A push that is
 * refused after decoding (2004, 2007, 3003, 3009, 3010, ...) gets a push-response with that
 * code and nothing is stored (4001 when too many pushes wait to be stored); cancel and status
 * query answer one result per address.
 */
@ApplicationScoped
public class PushOperations {
    private static final Logger LOG = Logger.getLogger(PushOperations.class.getName());

    @Inject
    PushSubmissionService submissions;

    @Inject
    PushStatusService status;

    @Inject
    PushCancellationService cancellations;

    @Inject
    ClientCapabilitiesService capabilities;

    @Inject
    InFlightMessages inFlight;

    @Inject
    PpgSettings settings;

    PapReply push(String piName, PushMessage message, PushSubmissionEntity entity) throws PapException {
        Instant now = Instant.now();
        try {
            Submission submission = submissions.submit(piName, message, entity.content(), now);
            String desc = accepted(submission, message, entity);
            LOG.fine(() -> PushLogTag.of(piName, message.pushId()) + " " + desc);
            return pushReply(message, StatusCode.ACCEPTED_FOR_PROCESSING, desc, now);
        } catch (DuplicatePushIdException e) {
            return pushReply(message, StatusCode.DUPLICATE_PUSH_ID, e.getMessage(), now);
        } catch (PushStoreBusyException | DeliveryBacklogException e) {
            return pushReply(message, StatusCode.SERVICE_UNAVAILABLE, e.getMessage(), now);
        } catch (PapException e) {
            return pushReply(message, e.code(), e.getMessage(), now);
        } catch (RuntimeException e) {
            // Two pushes with one push-id at once: the store's unique key stops the second.
            if (submissions.exists(piName, message.pushId())) {
                LOG.log(Level.FINE, PushLogTag.of(piName, message.pushId()) + " stored concurrently", e);
                return pushReply(
                        message,
                        StatusCode.DUPLICATE_PUSH_ID,
                        new DuplicatePushIdException(message.pushId()).getMessage(),
                        now);
            }
            throw e;
        }
    }

    private static String accepted(Submission submission, PushMessage message, PushSubmissionEntity entity) {
        StringBuilder desc = new StringBuilder("accepted and stored");
        int addresses = submission.push().deliveries().size();
        if (submission.replacedPushId() != null) {
            desc.append("; replaces push-id '")
                    .append(submission.replacedPushId())
                    .append("' (")
                    .append(message.replaceMethod().papName())
                    .append("): ")
                    .append(submission.cancelledInReplaced())
                    .append(" of its deliveries cancelled");
        }
        if (submission.withheld() > 0) {
            desc.append("; sent to ")
                    .append(submission.sending())
                    .append(" of ")
                    .append(addresses)
                    .append(" addresses, the others are cancelled");
        } else {
            desc.append("; delivery pending to ").append(addresses).append(addresses == 1 ? " address" : " addresses");
        }
        if (entity.capabilitiesEntity().isPresent()) {
            desc.append("; the capabilities entity is not checked");
        }
        if (message.progressNotesRequested()) {
            desc.append("; this PPG sends no progress notes");
        }
        return desc.toString();
    }

    private PapReply pushReply(PushMessage message, StatusCode code, String desc, Instant now) {
        return PapReply.of(new PushResponse(
                message.version(), message.pushId(), settings.sipIdentity(), PpgSender.NAME, now, code, desc));
    }

    PapReply statusQuery(String piName, StatusQueryMessage query) throws PapException {
        List<StatusQueryResult> results = new ArrayList<>();
        try {
            for (AddressLookup lookup : status.status(piName, query.pushId(), query.addresses())) {
                results.add(statusResult(query, lookup, inFlight));
            }
        } catch (PushIdNotFoundException e) {
            results.add(new StatusQueryResult(
                    StatusCode.PUSH_ID_NOT_FOUND, e.getMessage(), MessageState.UNKNOWN, null, query.addresses()));
        }
        return PapReply.of(new StatusQueryResponse(query.version(), query.pushId(), results));
    }

    private static StatusQueryResult statusResult(
            StatusQueryMessage query, AddressLookup lookup, InFlightMessages inFlight) throws PapException {
        List<PushAddress> address = List.of(PushAddress.parse(lookup.papAddress()));
        if (lookup.status().isEmpty()) {
            return new StatusQueryResult(
                    StatusCode.ADDRESS_NOT_FOUND,
                    "push-id '" + query.pushId() + "' was not sent to this address",
                    MessageState.UNKNOWN,
                    null,
                    address);
        }
        AddressStatus s = lookup.status().get();
        return new StatusQueryResult(StatusCode.OK, describe(s, inFlight), s.state(), s.eventTime(), address);
    }

    PapReply cancel(String piName, CancelMessage cancel) throws PapException {
        List<CancelResult> results = new ArrayList<>();
        try {
            for (Cancellation c : cancellations.cancel(piName, cancel.pushId(), cancel.addresses(), Instant.now())) {
                results.add(new CancelResult(
                        cancelCode(c), cancelDesc(c, inFlight), List.of(PushAddress.parse(c.papAddress()))));
            }
        } catch (PushIdNotFoundException e) {
            results.add(new CancelResult(StatusCode.PUSH_ID_NOT_FOUND, e.getMessage(), cancel.addresses()));
        }
        return PapReply.of(new CancelResponse(cancel.version(), cancel.pushId(), results));
    }

    private static StatusCode cancelCode(Cancellation c) {
        return switch (c.outcome()) {
            case CANCELLED -> StatusCode.OK;
            case ALREADY_FINAL -> StatusCode.CANCELLATION_NOT_POSSIBLE;
            case NOT_SENT_TO_ADDRESS -> StatusCode.ADDRESS_NOT_FOUND;
        };
    }

    /**
     * A cancellation of a delivery whose MESSAGE is in flight on this instance is answered from
     * the push's SIP application session: the cancellation is stored, and the MESSAGE's answer no
     * longer delivers the push.
     */
    private static String cancelDesc(Cancellation c, InFlightMessages inFlight) {
        if (c.outcome() != PushCancellationService.Outcome.CANCELLED) {
            return c.why();
        }
        Optional<InFlight> out = c.status().flatMap(s -> inFlight.cancelled(s.pushKey(), s.deliveryId()));
        if (out.isPresent()) {
            return "cancelled; the MESSAGE "
                    + out.get().describe(c.status().get().attempts())
                    + " may still reach the terminal, but its answer no longer delivers the push";
        }
        return c.why() == null ? "cancelled" : "cancelled; " + c.why();
    }

    /** A client capabilities query, answered by the terminal side (PAP §9.10). */
    PapReply clientCapabilities(CcqMessage ccq) {
        return PapReply.of(capabilities.answer(ccq));
    }

    private static String describe(AddressStatus s, InFlightMessages inFlight) {
        StringBuilder desc = new StringBuilder(s.state().papName());
        if (!s.state().isFinal()) {
            inFlight.find(s.pushKey(), s.deliveryId())
                    .ifPresent(m -> desc.append("; ").append(m.describe(s.attempts())));
        }
        s.lastSipStatus().ifPresent(code -> desc.append("; last SIP answer ").append(code));
        s.reason().ifPresent(r -> desc.append("; ").append(r));
        return desc.toString();
    }
}
