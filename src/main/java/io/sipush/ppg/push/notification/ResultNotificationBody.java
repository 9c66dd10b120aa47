package io.sipush.ppg.push.notification;

import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.ResultNotificationMessage;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.codec.PapEncoder;
import io.sipush.ppg.push.Delivery;
import io.sipush.ppg.push.PpgSender;
import io.sipush.ppg.push.Push;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the resultnotification-message for one address of a push that reached a final state
 * (PAP §9.4), in the PAP version the Push Initiator used for the push. The code says how the push
 * went for that address; the message-state says where it ended:
 *
 * <ul>
 *   <li>{@code delivered}: 1000 OK;
 *   <li>{@code cancelled}: 1000 OK, the cancellation the PI asked for was done;
 *   <li>{@code undeliverable}: 2003 Address not found when the SIP core or the terminal answered
 *       404 or 604 (the address of record does not exist), else 4000 Service failure;
 *   <li>{@code expired} and {@code timeout}: 4000 Service failure (not delivered in time);
 *   <li>{@code aborted}: 5000 Mobile client aborted.
 * </ul>
 *
 * The desc carries the last SIP answer or the reason the delivery ended.
 */
public final class ResultNotificationBody {
    /** The sender-name of every message the PPG sends to a Push Initiator. */
    private static final Set<Integer> NO_SUCH_ADDRESS = Set.of(404, 604);

    private static final PapEncoder ENCODER = new PapEncoder();

    private ResultNotificationBody() {}

    /** The encoded resultnotification-message for {@code delivery}, which must have ended. */
    public static byte[] encode(Push push, Delivery delivery, String senderAddress) {
        return ENCODER.encode(message(push, delivery, senderAddress));
    }

    /** The resultnotification-message for {@code delivery}, which must have ended. */
    public static ResultNotificationMessage message(Push push, Delivery delivery, String senderAddress) {
        Objects.requireNonNull(push, "push");
        if (!delivery.isFinal()) {
            throw new IllegalArgumentException("delivery to " + delivery.papAddress() + " has not ended");
        }
        StatusCode code = code(delivery.state(), delivery.lastSipStatus());
        return new ResultNotificationMessage(
                push.papVersion(),
                push.pushId(),
                senderAddress,
                PpgSender.NAME,
                push.receivedAt(),
                delivery.eventTime(),
                delivery.state(),
                code,
                desc(delivery, code),
                address(delivery),
                new QualityOfService(push.priority(), push.deliveryMethod(), null, false, null, false));
    }

    /** The PAP code reported for a final message state (see the class comment). */
    public static StatusCode code(MessageState state, Optional<Integer> lastSipStatus) {
        return switch (state) {
            case DELIVERED, CANCELLED -> StatusCode.OK;
            case UNDELIVERABLE ->
                lastSipStatus.filter(NO_SUCH_ADDRESS::contains).isPresent()
                        ? StatusCode.ADDRESS_NOT_FOUND
                        : StatusCode.SERVICE_FAILURE;
            case ABORTED -> StatusCode.MOBILE_CLIENT_ABORTED;
            case EXPIRED, TIMEOUT -> StatusCode.SERVICE_FAILURE;
            case PENDING, UNKNOWN -> throw new IllegalArgumentException(state.papName() + " is not a final state");
        };
    }

    private static String desc(Delivery delivery, StatusCode code) {
        if (delivery.state() == MessageState.DELIVERED) {
            return delivery.lastSipStatus()
                    .map(sip -> sip == 202
                            ? "Accepted by an intermediary (SIP 202)"
                            : "Delivered to the terminal (SIP " + sip + ")")
                    .orElse("Delivered to the terminal");
        }
        return delivery.reason().filter(r -> !r.isBlank()).orElse(code.description());
    }

    private static PushAddress address(Delivery delivery) {
        try {
            return PushAddress.parse(delivery.papAddress());
        } catch (PapException e) {
            throw new IllegalStateException("stored address is not a PAP address: " + delivery.papAddress(), e);
        }
    }
}
