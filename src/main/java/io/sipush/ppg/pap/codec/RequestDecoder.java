package io.sipush.ppg.pap.codec;

import static io.sipush.ppg.pap.codec.PapElements.ADDRESS;
import static io.sipush.ppg.pap.codec.PapElements.QUALITY_OF_SERVICE;

import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.ReplaceMethod;
import io.sipush.ppg.pap.ResultNotificationResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import java.util.List;
import java.util.Set;

/**
 * Reads the operations a Push Initiator sends: push-message (WAP-247-PAP-20010429-a §9.2),
 * cancel-message (§9.4), resultnotification-response (§9.7), statusquery-message (§9.8) and
 * ccq-message (§9.10).
 */
final class RequestDecoder {

    private static final Set<String> PUSH_MESSAGE_ATTRIBUTES = Set.of(
            "push-id",
            "deliver-before-timestamp",
            "deliver-after-timestamp",
            "source-reference",
            "ppg-notify-requested-to",
            "progress-notes-requested",
            "replace-push-id",
            "replace-method");
    private static final Set<String> REPLACEMENT_ATTRIBUTES = Set.of("replace-push-id", "replace-method");

    private final PapLimits limits;

    RequestDecoder(PapLimits limits) {
        this.limits = limits;
    }

    PapRequest decode(XmlElement message, PapVersion version) throws PapException {
        try {
            return read(message, version);
        } catch (PapException e) {
            throw e.withFragment(message.startTag());
        }
    }

    private PapRequest read(XmlElement message, PapVersion version) throws PapException {
        switch (message.name()) {
            case PapElements.PUSH_MESSAGE:
                return pushMessage(message, version);
            case PapElements.CANCEL_MESSAGE:
                return cancelMessage(message, version);
            case PapElements.STATUSQUERY_MESSAGE:
                return statusQueryMessage(message, version);
            case PapElements.CCQ_MESSAGE:
                return ccqMessage(message, version);
            case PapElements.RESULTNOTIFICATION_RESPONSE:
                return resultNotificationResponse(message, version);
            default:
                throw new PapException(
                        StatusCode.BAD_REQUEST,
                        message.name() + " is not a request a Push Initiator sends",
                        message.startTag());
        }
    }

    private PushMessage pushMessage(XmlElement element, PapVersion version) throws PapException {
        ElementReader reader =
                ElementReader.strict(element, PUSH_MESSAGE_ATTRIBUTES, Set.of(ADDRESS, QUALITY_OF_SERVICE));
        refuseReplacementBefore20(reader, version);
        String pushId = pushId(reader);
        List<PushAddress> addresses = PapElements.addresses(reader, limits);
        if (addresses.isEmpty()) {
            throw reader.badRequest("push-message has no address");
        }
        return PushMessage.of(
                version,
                pushId,
                addresses,
                reader.timestamp("deliver-before-timestamp"),
                reader.timestamp("deliver-after-timestamp"),
                reader.optional("source-reference"),
                reader.optional("ppg-notify-requested-to"),
                reader.bool("progress-notes-requested"),
                reader.optional("replace-push-id"),
                reader.enumerated("replace-method", ReplaceMethod::fromPapName, ReplaceMethod.ALL),
                PapElements.qualityOfService(reader.optionalChild(QUALITY_OF_SERVICE)));
    }

    private CancelMessage cancelMessage(XmlElement element, PapVersion version) throws PapException {
        ElementReader reader = ElementReader.strict(element, Set.of("push-id"), Set.of(ADDRESS));
        return CancelMessage.of(version, pushId(reader), PapElements.addresses(reader, limits));
    }

    private StatusQueryMessage statusQueryMessage(XmlElement element, PapVersion version) throws PapException {
        ElementReader reader = ElementReader.strict(element, Set.of("push-id"), Set.of(ADDRESS));
        return StatusQueryMessage.of(version, pushId(reader), PapElements.addresses(reader, limits));
    }

    private CcqMessage ccqMessage(XmlElement element, PapVersion version) throws PapException {
        ElementReader reader = ElementReader.strict(element, Set.of("query-id", "app-id"), Set.of(ADDRESS));
        return CcqMessage.of(
                version,
                reader.required("query-id"),
                reader.optional("app-id"),
                PapElements.address(reader.requiredChild(ADDRESS)));
    }

    private ResultNotificationResponse resultNotificationResponse(XmlElement element, PapVersion version)
            throws PapException {
        ElementReader reader = ElementReader.strict(element, Set.of("push-id", "code", "desc"), Set.of(ADDRESS));
        return ResultNotificationResponse.of(
                version, pushId(reader), reader.code(), reader.optional("desc"), PapElements.optionalAddress(reader));
    }

    private String pushId(ElementReader reader) throws PapException {
        String pushId = reader.required("push-id");
        if (pushId.length() > limits.maxPushIdLength()) {
            throw reader.badRequest("push-id is longer than " + limits.maxPushIdLength() + " characters");
        }
        return pushId;
    }

    /** replace-push-id and replace-method first appear in PAP 2.0. */
    private static void refuseReplacementBefore20(ElementReader reader, PapVersion version) throws PapException {
        if (version.supportsReplacement()) {
            return;
        }
        for (String attribute : REPLACEMENT_ATTRIBUTES) {
            if (reader.has(attribute)) {
                throw reader.badRequest(
                        attribute + " is not defined in PAP " + version.label() + "; it needs PAP 2.0 or later");
            }
        }
    }
}
