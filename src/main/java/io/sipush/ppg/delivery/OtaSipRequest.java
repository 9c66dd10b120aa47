package io.sipush.ppg.delivery;

import java.util.List;
import java.util.Objects;

/**
 * One OTA-SIP push to send: a SIP MESSAGE (RFC 3428) to {@code requestUri}, addressed To the
 * terminal's address of record, with {@code Accept-Contact: *;+g.oma.pusheventapp="<app>"}
 * (RFC 3841) and the PI's content unchanged.
 *
 * @param piName the push's PI and {@code pushId} its push-id, for the logs
 * @param outboundProxy a loose route to put in a Route header, or null to send directly
 * @param tcp true to send over TCP (large bodies, RFC 3261 §18.1.1, or a TCP contact)
 * @param path the contact's registered Path (RFC 3327), top first, put in Route headers; empty
 *     when the contact registered directly
 */
public record OtaSipRequest(
        long pushKey,
        long deliveryId,
        String piName,
        String pushId,
        String requestUri,
        String toUri,
        String outboundProxy,
        String applicationShortName,
        String contentType,
        byte[] body,
        boolean tcp,
        List<String> path) {

    public OtaSipRequest {
        Objects.requireNonNull(requestUri, "requestUri");
        Objects.requireNonNull(toUri, "toUri");
        Objects.requireNonNull(applicationShortName, "applicationShortName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        path = List.copyOf(path);
    }
}
