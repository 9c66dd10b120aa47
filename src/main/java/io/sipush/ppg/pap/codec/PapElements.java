package io.sipush.ppg.pap.codec;

import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.StatusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Element names of the PAP DTD and the readers of the elements several messages share:
 * {@code address} and {@code quality-of-service} (WAP-247-PAP-20010429-a §9.2).
 */
final class PapElements {

    static final String PAP = "pap";
    static final String PUSH_MESSAGE = "push-message";
    static final String PUSH_RESPONSE = "push-response";
    static final String CANCEL_MESSAGE = "cancel-message";
    static final String CANCEL_RESPONSE = "cancel-response";
    static final String RESULTNOTIFICATION_MESSAGE = "resultnotification-message";
    static final String RESULTNOTIFICATION_RESPONSE = "resultnotification-response";
    static final String STATUSQUERY_MESSAGE = "statusquery-message";
    static final String STATUSQUERY_RESPONSE = "statusquery-response";
    static final String CCQ_MESSAGE = "ccq-message";
    static final String CCQ_RESPONSE = "ccq-response";
    static final String BADMESSAGE_RESPONSE = "badmessage-response";
    static final String ADDRESS = "address";
    static final String QUALITY_OF_SERVICE = "quality-of-service";
    static final String RESPONSE_RESULT = "response-result";
    static final String PROGRESS_NOTE = "progress-note";
    static final String CANCEL_RESULT = "cancel-result";
    static final String STATUSQUERY_RESULT = "statusquery-result";

    static final Set<String> MESSAGES = Set.of(
            PUSH_MESSAGE,
            PUSH_RESPONSE,
            CANCEL_MESSAGE,
            CANCEL_RESPONSE,
            RESULTNOTIFICATION_MESSAGE,
            RESULTNOTIFICATION_RESPONSE,
            STATUSQUERY_MESSAGE,
            STATUSQUERY_RESPONSE,
            CCQ_MESSAGE,
            CCQ_RESPONSE,
            BADMESSAGE_RESPONSE);

    private static final Set<String> QOS_ATTRIBUTES =
            Set.of("priority", "delivery-method", "network", "network-required", "bearer", "bearer-required");

    private PapElements() {}

    /** The one message element inside {@code <pap>}. */
    static XmlElement message(XmlElement pap) throws PapException {
        if (!PAP.equals(pap.name())) {
            throw new PapException(
                    StatusCode.BAD_REQUEST, "The root element is " + pap.name() + ", not pap", pap.startTag());
        }
        ElementReader reader = ElementReader.strict(pap, Set.of("product-name", "version"), MESSAGES);
        if (pap.children().size() != 1) {
            throw reader.badRequest("pap must contain exactly one message element");
        }
        return pap.children().get(0);
    }

    /** The address children, at most {@code limits.maxAddresses()} of them (else 3005). */
    static List<PushAddress> addresses(ElementReader parent, PapLimits limits) throws PapException {
        List<XmlElement> elements = parent.children(ADDRESS);
        if (elements.size() > limits.maxAddresses()) {
            throw parent.failure(
                    StatusCode.MULTIPLE_ADDRESSES_NOT_SUPPORTED,
                    parent.name() + " has " + elements.size() + " addresses; at most " + limits.maxAddresses()
                            + " are supported");
        }
        List<PushAddress> addresses = new ArrayList<>(elements.size());
        for (XmlElement element : elements) {
            addresses.add(address(element));
        }
        return addresses;
    }

    static PushAddress optionalAddress(ElementReader parent) throws PapException {
        XmlElement element = parent.optionalChild(ADDRESS);
        return element == null ? null : address(element);
    }

    static PushAddress address(XmlElement element) throws PapException {
        ElementReader reader = ElementReader.strict(element, Set.of("address-value"), Set.of());
        return PushAddress.parse(reader.required("address-value"));
    }

    static QualityOfService qualityOfService(XmlElement element) throws PapException {
        if (element == null) {
            return QualityOfService.defaults();
        }
        ElementReader reader = ElementReader.strict(element, QOS_ATTRIBUTES, Set.of());
        return new QualityOfService(
                reader.enumerated("priority", Priority::fromPapName, Priority.MEDIUM),
                reader.enumerated("delivery-method", DeliveryMethod::fromPapName, DeliveryMethod.NOTSPECIFIED),
                reader.optional("network"),
                reader.bool("network-required"),
                reader.optional("bearer"),
                reader.bool("bearer-required"));
    }
}
