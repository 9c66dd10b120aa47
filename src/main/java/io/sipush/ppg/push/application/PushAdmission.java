package io.sipush.ppg.push.application;

import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapTimestamp;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.mime.ContentEntity;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What a decoded push-message must satisfy before it is stored (PAP 2.0 §9.2). A refusal is a
 * {@link PapException} whose code the push-response carries; nothing is stored then.
 *
 * <ul>
 *   <li>{@code quality-of-service}: a {@code network} that is {@code network-required} must be
 *       one this PPG delivers over, {@link #NETWORKS} (else 3009 REQUIRED_NETWORK_NOT_AVAILABLE);
 *       a required {@code bearer} must be one of {@link #BEARERS} (else 3010
 *       REQUIRED_BEARER_NOT_AVAILABLE). A network or bearer that is not required is a wish and is
 *       ignored.</li>
 *   <li>A push whose {@code deliver-before-timestamp} is not after the time of arrival has
 *       expired on arrival: 3003 NOT_POSSIBLE, and it is not stored, so the Push Initiator may
 *       send it again under the same push-id with a later timestamp.</li>
 *   <li>Values longer than the store keeps are refused with 2000 (2002 for an address), never
 *       cut.</li>
 * </ul>
 */
public final class PushAdmission {
    /** The networks OTA-SIP pushes travel over, compared without regard to case. */
    public static final Set<String> NETWORKS = Set.of("SIP", "IMS", "IP");
    /** The bearers OTA-SIP offers, compared without regard to case. */
    public static final Set<String> BEARERS = Set.of("SIP", "ANY");

    static final int MAX_PUSH_ID = 255;
    static final int MAX_SOURCE_REFERENCE = 255;
    static final int MAX_NOTIFY_URL = 1024;
    static final int MAX_CONTENT_TYPE = 255;
    static final int MAX_APPLICATION_ID = 128;
    static final int MAX_ADDRESS = 512;

    private PushAdmission() {}

    /** @throws PapException 3009, 3010, 3003, 2000 or 2002 as described above */
    public static void check(PushMessage message, ContentEntity content, Instant now) throws PapException {
        checkQualityOfService(message.qualityOfService());
        checkNotExpired(message, now);
        checkLengths(message, content);
    }

    static void checkQualityOfService(QualityOfService qos) throws PapException {
        if (qos.networkRequired() && qos.network() != null && !NETWORKS.contains(upper(qos.network()))) {
            throw new PapException(
                    StatusCode.REQUIRED_NETWORK_NOT_AVAILABLE,
                    "network " + qos.network() + " is required, but this PPG delivers over SIP only"
                            + " (network SIP, IMS or IP)",
                    "network=\"" + qos.network() + "\" network-required=\"true\"");
        }
        if (qos.bearerRequired() && qos.bearer() != null && !BEARERS.contains(upper(qos.bearer()))) {
            throw new PapException(
                    StatusCode.REQUIRED_BEARER_NOT_AVAILABLE,
                    "bearer " + qos.bearer() + " is required, but this PPG offers the SIP bearer only (SIP or Any)",
                    "bearer=\"" + qos.bearer() + "\" bearer-required=\"true\"");
        }
    }

    static void checkNotExpired(PushMessage message, Instant now) throws PapException {
        Instant limit = message.deliverBeforeTimestamp();
        if (limit != null && !limit.isAfter(now)) {
            throw new PapException(
                    StatusCode.NOT_POSSIBLE,
                    "expired on arrival: deliver-before-timestamp " + PapTimestamp.format(limit)
                            + " is not after the PPG's time " + PapTimestamp.format(now)
                            + "; the push was not stored",
                    "deliver-before-timestamp=\"" + PapTimestamp.format(limit) + "\"");
        }
    }

    private static void checkLengths(PushMessage message, ContentEntity content) throws PapException {
        requireAtMost(message.pushId(), MAX_PUSH_ID, "push-id");
        requireAtMost(message.sourceReference(), MAX_SOURCE_REFERENCE, "source-reference");
        requireAtMost(message.ppgNotifyRequestedTo(), MAX_NOTIFY_URL, "ppg-notify-requested-to");
        requireAtMost(content.contentType(), MAX_CONTENT_TYPE, "the content entity's Content-Type");
        requireAtMost(content.applicationId().urn(), MAX_APPLICATION_ID, "X-Wap-Application-Id");
        for (PushAddress address : message.addresses()) {
            if (address.papValue().length() > MAX_ADDRESS) {
                throw new PapException(
                        StatusCode.ADDRESS_ERROR,
                        "address-value is longer than " + MAX_ADDRESS + " characters",
                        address.papValue());
            }
        }
    }

    private static void requireAtMost(String value, int max, String name) throws PapException {
        if (value != null && value.length() > max) {
            throw new PapException(StatusCode.BAD_REQUEST, name + " is longer than " + max + " characters", value);
        }
    }

    private static String upper(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
