package io.sipush.ppg.pap.mime;

import io.sipush.ppg.pap.PushApplicationId;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content entity of a push submission (WAP-247-PAP-20010429-a §8): its Content-Type as sent
 * (parameters included), its body after transfer decoding, its push application ID
 * ({@code X-Wap-Application-Id}, {@code wml.ua} when absent) and all of its headers, looked up
 * without regard to case. The body array is shared, not copied.
 */
public record ContentEntity(
        String contentType, byte[] body, PushApplicationId applicationId, Map<String, String> headers) {

    public ContentEntity {
        if (contentType == null || contentType.isBlank() || body == null) {
            throw new IllegalArgumentException("contentType and body are required");
        }
        applicationId = applicationId == null ? PushApplicationId.WML_UA : applicationId;
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            copy.putAll(headers);
        }
        headers = Collections.unmodifiableMap(copy);
    }
}
