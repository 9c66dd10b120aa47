package io.sipush.ppg.interfaces.admin;

import io.sipush.ppg.pushinitiator.PushInitiatorPolicy;
import java.util.ArrayList;
import java.util.List;
import javax.json.bind.annotation.JsonbPropertyOrder;

/**
 * A PI policy in JSON. An absent or empty list allows everything; an absent or 0 limit means
 * unlimited (for the content size: the PPG's global limit).
 */
@JsonbPropertyOrder({
    "allowedApplicationIds",
    "addressPatterns",
    "ipAllowList",
    "rateLimitPerSecond",
    "maxContentBytes",
    "notificationUrlPrefixes",
    "clientCertificate"
})
public class PolicyJson {
    public List<String> allowedApplicationIds = new ArrayList<>();
    public List<String> addressPatterns = new ArrayList<>();
    public List<String> ipAllowList = new ArrayList<>();
    public Integer rateLimitPerSecond = 0;
    public Integer maxContentBytes = 0;
    /** URL prefixes a ppg-notify-requested-to must start with; empty allows any allowed URL. */
    public List<String> notificationUrlPrefixes = new ArrayList<>();
    /** SHA-256 fingerprint or subject DN of the TLS client certificate the PI must present. */
    public String clientCertificate;

    static PolicyJson of(PushInitiatorPolicy policy) {
        PolicyJson json = new PolicyJson();
        json.allowedApplicationIds = policy.applicationIds();
        json.addressPatterns = policy.addressPatterns();
        json.ipAllowList = policy.ipAllowList();
        json.rateLimitPerSecond = policy.rateLimitPerSecond();
        json.maxContentBytes = policy.maxContentBytes();
        json.notificationUrlPrefixes = policy.notificationUrlPrefixes();
        json.clientCertificate = policy.clientCertificate().orElse(null);
        return json;
    }

    /** @throws io.sipush.ppg.pushinitiator.InvalidPolicyException naming a bad entry */
    PushInitiatorPolicy toPolicy() {
        return new PushInitiatorPolicy(
                allowedApplicationIds,
                addressPatterns,
                ipAllowList,
                rateLimitPerSecond == null ? 0 : rateLimitPerSecond,
                maxContentBytes == null ? 0 : maxContentBytes,
                notificationUrlPrefixes,
                clientCertificate);
    }
}
