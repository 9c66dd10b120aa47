package io.sipush.ppg.pap.codec;

import static io.sipush.ppg.pap.codec.XmlWriter.element;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PapResponse;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.ResultNotificationMessage;
import io.sipush.ppg.pap.ResultNotificationResponse;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import java.util.List;

/**
 * Encodes PAP messages as UTF-8 control entities with the DOCTYPE of their version
 * (WAP-247-PAP-20010429-a §9; OMA-TS-PAP-V2_1 for the 2.1 DOCTYPE). Optional values that are
 * absent, or equal to the DTD default, are left out. Thread-safe.
 */
public final class PapEncoder {

    public byte[] encode(PapRequest request) {
        return XmlWriter.document(request.version(), message(request));
    }

    public byte[] encode(PapResponse response) {
        return XmlWriter.document(response.version(), message(response));
    }

    private static XmlWriter.Element message(PapRequest request) {
        if (request instanceof PushMessage push) {
            return pushMessage(push);
        }
        if (request instanceof CancelMessage cancel) {
            return withAddresses(
                    element(PapElements.CANCEL_MESSAGE).attribute("push-id", cancel.pushId()), cancel.addresses());
        }
        if (request instanceof StatusQueryMessage query) {
            return withAddresses(
                    element(PapElements.STATUSQUERY_MESSAGE).attribute("push-id", query.pushId()), query.addresses());
        }
        if (request instanceof CcqMessage ccq) {
            return ccqMessage(ccq);
        }
        return resultNotificationResponse((ResultNotificationResponse) request);
    }

    private static XmlWriter.Element message(PapResponse response) {
        if (response instanceof PushResponse push) {
            return pushResponse(push);
        }
        if (response instanceof BadMessageResponse bad) {
            return badMessageResponse(bad);
        }
        if (response instanceof CancelResponse cancel) {
            return cancelResponse(cancel);
        }
        if (response instanceof StatusQueryResponse query) {
            return statusQueryResponse(query);
        }
        if (response instanceof CcqResponse ccq) {
            return ccqResponse(ccq);
        }
        return resultNotificationMessage((ResultNotificationMessage) response);
    }

    private static XmlWriter.Element pushMessage(PushMessage push) {
        XmlWriter.Element message = element(PapElements.PUSH_MESSAGE)
                .attribute("push-id", push.pushId())
                .attribute("replace-push-id", push.replacePushId())
                .attribute(
                        "replace-method",
                        push.replacePushId() == null
                                ? null
                                : push.replaceMethod().papName())
                .attribute("deliver-before-timestamp", push.deliverBeforeTimestamp())
                .attribute("deliver-after-timestamp", push.deliverAfterTimestamp())
                .attribute("source-reference", push.sourceReference())
                .attribute("ppg-notify-requested-to", push.ppgNotifyRequestedTo())
                .flag("progress-notes-requested", push.progressNotesRequested());
        withAddresses(message, push.addresses());
        return withQualityOfService(message, push.qualityOfService());
    }

    private static XmlWriter.Element ccqMessage(CcqMessage ccq) {
        return element(PapElements.CCQ_MESSAGE)
                .attribute("query-id", ccq.queryId())
                .attribute("app-id", ccq.appId())
                .child(address(ccq.address()));
    }

    private static XmlWriter.Element resultNotificationResponse(ResultNotificationResponse response) {
        XmlWriter.Element message = element(PapElements.RESULTNOTIFICATION_RESPONSE)
                .attribute("push-id", response.pushId())
                .attribute("code", code(response.code()))
                .attribute("desc", response.desc());
        return response.address() == null ? message : message.child(address(response.address()));
    }

    private static XmlWriter.Element pushResponse(PushResponse response) {
        return element(PapElements.PUSH_RESPONSE)
                .attribute("push-id", response.pushId())
                .attribute("sender-address", response.senderAddress())
                .attribute("sender-name", response.senderName())
                .attribute("reply-time", response.replyTime())
                .child(element(PapElements.RESPONSE_RESULT)
                        .attribute("code", code(response.code()))
                        .attribute("desc", response.desc()));
    }

    private static XmlWriter.Element badMessageResponse(BadMessageResponse response) {
        return element(PapElements.BADMESSAGE_RESPONSE)
                .attribute("code", code(response.code()))
                .attribute("desc", response.desc())
                .attribute("bad-message-fragment", response.badMessageFragment());
    }

    private static XmlWriter.Element cancelResponse(CancelResponse response) {
        XmlWriter.Element message = element(PapElements.CANCEL_RESPONSE).attribute("push-id", response.pushId());
        for (CancelResult result : response.results()) {
            message.child(withAddresses(
                    element(PapElements.CANCEL_RESULT)
                            .attribute("code", code(result.code()))
                            .attribute("desc", result.desc()),
                    result.addresses()));
        }
        return message;
    }

    private static XmlWriter.Element statusQueryResponse(StatusQueryResponse response) {
        XmlWriter.Element message = element(PapElements.STATUSQUERY_RESPONSE).attribute("push-id", response.pushId());
        for (StatusQueryResult result : response.results()) {
            message.child(withAddresses(
                    element(PapElements.STATUSQUERY_RESULT)
                            .attribute("code", code(result.code()))
                            .attribute("desc", result.desc())
                            .attribute("message-state", result.messageState().papName())
                            .attribute("event-time", result.eventTime()),
                    result.addresses()));
        }
        return message;
    }

    private static XmlWriter.Element ccqResponse(CcqResponse response) {
        return element(PapElements.CCQ_RESPONSE)
                .attribute("query-id", response.queryId())
                .attribute("code", code(response.code()))
                .attribute("desc", response.desc())
                .child(address(response.address()));
    }

    private static XmlWriter.Element resultNotificationMessage(ResultNotificationMessage message) {
        XmlWriter.Element element = element(PapElements.RESULTNOTIFICATION_MESSAGE)
                .attribute("push-id", message.pushId())
                .attribute("sender-address", message.senderAddress())
                .attribute("sender-name", message.senderName())
                .attribute("received-time", message.receivedTime())
                .attribute("event-time", message.eventTime())
                .attribute("message-state", message.messageState().papName())
                .attribute("code", code(message.code()))
                .attribute("desc", message.desc())
                .child(address(message.address()));
        return withQualityOfService(element, message.qos());
    }

    private static XmlWriter.Element withAddresses(XmlWriter.Element parent, List<PushAddress> addresses) {
        addresses.forEach(address -> parent.child(address(address)));
        return parent;
    }

    private static XmlWriter.Element address(PushAddress address) {
        return element(PapElements.ADDRESS).attribute("address-value", address.papValue());
    }

    private static XmlWriter.Element withQualityOfService(XmlWriter.Element parent, QualityOfService qos) {
        if (qos.isDefault()) {
            return parent;
        }
        return parent.child(element(PapElements.QUALITY_OF_SERVICE)
                .attribute("priority", qos.priority().papName())
                .attribute("delivery-method", qos.deliveryMethod().papName())
                .attribute("network", qos.network())
                .flag("network-required", qos.networkRequired())
                .attribute("bearer", qos.bearer())
                .flag("bearer-required", qos.bearerRequired()));
    }

    private static String code(StatusCode code) {
        return String.valueOf(code.code());
    }
}
