package io.sipush.ppg.pap.codec;

import static io.sipush.ppg.pap.codec.PapElements.ADDRESS;
import static io.sipush.ppg.pap.codec.PapElements.QUALITY_OF_SERVICE;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.ResultNotificationMessage;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a PPG sends to a Push Initiator: push-response (WAP-247-PAP-20010429-a §9.3),
 * cancel-response (§9.5), resultnotification-message (§9.6), statusquery-response (§9.9),
 * ccq-response (§9.11) and badmessage-response (§9.12). progress-note elements and the
 * quality-of-service of a statusquery-result are checked and then ignored.
 */
final class ResponseDecoder {

    private final PapLimits limits;

    ResponseDecoder(PapLimits limits) {
        this.limits = limits;
    }

    PapResponse decode(XmlElement message, PapVersion version) throws PapException {
        try {
            return read(message, version);
        } catch (PapException e) {
            throw e.withFragment(message.startTag());
        } catch (IllegalArgumentException e) {
            throw new PapException(StatusCode.BAD_REQUEST, e.getMessage(), message.startTag());
        }
    }

    private PapResponse read(XmlElement message, PapVersion version) throws PapException {
        switch (message.name()) {
            case PapElements.PUSH_RESPONSE:
                return pushResponse(message, version);
            case PapElements.BADMESSAGE_RESPONSE:
                return badMessageResponse(message, version);
            case PapElements.CANCEL_RESPONSE:
                return cancelResponse(message, version);
            case PapElements.STATUSQUERY_RESPONSE:
                return statusQueryResponse(message, version);
            case PapElements.CCQ_RESPONSE:
                return ccqResponse(message, version);
            case PapElements.RESULTNOTIFICATION_MESSAGE:
                return resultNotificationMessage(message, version);
            default:
                throw new PapException(
                        StatusCode.BAD_REQUEST, message.name() + " is not a message a PPG sends", message.startTag());
        }
    }

    private PushResponse pushResponse(XmlElement element, PapVersion version) throws PapException {
        ElementReader reader = ElementReader.strict(
                element,
                Set.of("push-id", "sender-address", "sender-name", "reply-time"),
                Set.of(PapElements.PROGRESS_NOTE, PapElements.RESPONSE_RESULT));
        for (XmlElement note : reader.children(PapElements.PROGRESS_NOTE)) {
            ElementReader.strict(note, Set.of("stage", "note", "time"), Set.of(ADDRESS))
                    .required("stage");
        }
        ElementReader result = ElementReader.strict(
                reader.requiredChild(PapElements.RESPONSE_RESULT), Set.of("code", "desc"), Set.of());
        return new PushResponse(
                version,
                reader.required("push-id"),
                reader.optional("sender-address"),
                reader.optional("sender-name"),
                reader.timestamp("reply-time"),
                result.code(),
                result.optional("desc"));
    }

    private BadMessageResponse badMessageResponse(XmlElement element, PapVersion version) throws PapException {
        ElementReader reader = ElementReader.strict(element, Set.of("code", "desc", "bad-message-fragment"), Set.of());
        return new BadMessageResponse(
                version, reader.code(), reader.optional("desc"), reader.optional("bad-message-fragment"));
    }

    private CancelResponse cancelResponse(XmlElement element, PapVersion version) throws PapException {
        ElementReader reader = ElementReader.strict(element, Set.of("push-id"), Set.of(PapElements.CANCEL_RESULT));
        List<CancelResult> results = new ArrayList<>();
        for (XmlElement child : reader.children(PapElements.CANCEL_RESULT)) {
            ElementReader result = ElementReader.strict(child, Set.of("code", "desc"), Set.of(ADDRESS));
            results.add(
                    new CancelResult(result.code(), result.optional("desc"), PapElements.addresses(result, limits)));
        }
        if (results.isEmpty()) {
            throw reader.badRequest("cancel-response has no cancel-result");
        }
        return new CancelResponse(version, reader.required("push-id"), results);
    }

    private StatusQueryResponse statusQueryResponse(XmlElement element, PapVersion version) throws PapException {
        ElementReader reader = ElementReader.strict(element, Set.of("push-id"), Set.of(PapElements.STATUSQUERY_RESULT));
        List<StatusQueryResult> results = new ArrayList<>();
        for (XmlElement child : reader.children(PapElements.STATUSQUERY_RESULT)) {
            results.add(statusQueryResult(child));
        }
        if (results.isEmpty()) {
            throw reader.badRequest("statusquery-response has no statusquery-result");
        }
        return new StatusQueryResponse(version, reader.required("push-id"), results);
    }

    private StatusQueryResult statusQueryResult(XmlElement element) throws PapException {
        ElementReader reader = ElementReader.strict(
                element, Set.of("code", "desc", "message-state", "event-time"), Set.of(ADDRESS, QUALITY_OF_SERVICE));
        PapElements.qualityOfService(reader.optionalChild(QUALITY_OF_SERVICE));
        return new StatusQueryResult(
                reader.code(),
                reader.optional("desc"),
                messageState(reader),
                reader.timestamp("event-time"),
                PapElements.addresses(reader, limits));
    }

    private CcqResponse ccqResponse(XmlElement element, PapVersion version) throws PapException {
        ElementReader reader = ElementReader.strict(element, Set.of("query-id", "code", "desc"), Set.of(ADDRESS));
        return new CcqResponse(
                version,
                reader.required("query-id"),
                reader.code(),
                reader.optional("desc"),
                PapElements.address(reader.requiredChild(ADDRESS)),
                Map.of());
    }

    private ResultNotificationMessage resultNotificationMessage(XmlElement element, PapVersion version)
            throws PapException {
        ElementReader reader = ElementReader.strict(
                element,
                Set.of(
                        "push-id",
                        "sender-address",
                        "sender-name",
                        "received-time",
                        "event-time",
                        "message-state",
                        "code",
                        "desc"),
                Set.of(ADDRESS, QUALITY_OF_SERVICE));
        return new ResultNotificationMessage(
                version,
                reader.required("push-id"),
                reader.optional("sender-address"),
                reader.optional("sender-name"),
                reader.timestamp("received-time"),
                reader.requiredTimestamp("event-time"),
                messageState(reader),
                reader.code(),
                reader.optional("desc"),
                PapElements.address(reader.requiredChild(ADDRESS)),
                PapElements.qualityOfService(reader.optionalChild(QUALITY_OF_SERVICE)));
    }

    private static MessageState messageState(ElementReader reader) throws PapException {
        reader.required("message-state");
        return reader.enumerated("message-state", MessageState::fromPapName, null);
    }
}
