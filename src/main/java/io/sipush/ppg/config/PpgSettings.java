package io.sipush.ppg.config;

import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.push.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of DESIGN.md §4, read from environment variables (or system properties of the
 * same name), with the documented defaults.
 */
public record PpgSettings(
        String homeDomain,
        Optional<String> outboundProxy,
        Optional<String> bootstrapPi,
        String sipIdentity,
        int tcpThresholdBytes,
        PapLimits papLimits,
        RetryPolicy retryPolicy,
        int deliveryWorkers,
        Optional<SipCredentials> sipCredentials,
        Cluster cluster) {

    /**
     * How this instance takes part in a cluster (docs/cluster.md).
     *
     * @param instanceId {@code PPG_INSTANCE_ID}: names this instance in the lease table, logs,
     *     metrics and {@code /health}; host name and HTTP port unless set
     * @param lease {@code PPG_LEASE_SECONDS}: how long a partition lease lasts without renewal,
     *     and so how soon a dead instance's terminals are taken over
     * @param poll {@code PPG_POLL_MS}: how often the owner looks for due work of its partitions
     *     stored by other instances (or that became due)
     * @param window {@code PPG_ENGINE_WINDOW}: pending deliveries held in memory at most; the
     *     rest stays in the store and is paged in
     */
    public record Cluster(String instanceId, Duration lease, Duration poll, int window) {}

    /** Credentials for digest challenges (RFC 3261 §22) from the SIP core. */
    public record SipCredentials(String user, String password) {}

    public static PpgSettings from(Map<String, String> env) {
        String domain = value(env, "PPG_HOME_DOMAIN").orElse("ims.example.org");
        PapLimits defaults = PapLimits.defaults();
        return new PpgSettings(
                domain,
                value(env, "PPG_SIP_OUTBOUND_PROXY"),
                value(env, "PPG_BOOTSTRAP_PI"),
                value(env, "PPG_SIP_IDENTITY").orElse("sip:ppg@" + domain),
                integer(env, "PPG_SIP_TCP_THRESHOLD", 1300),
                new PapLimits(
                        integer(env, "PPG_MAX_CONTENT_BYTES", defaults.maxContentBytes()),
                        integer(env, "PPG_MAX_REQUEST_BYTES", defaults.maxRequestBytes()),
                        integer(env, "PPG_MAX_ADDRESSES", defaults.maxAddresses()),
                        integer(env, "PPG_MAX_PUSH_ID_LENGTH", defaults.maxPushIdLength())),
                new RetryPolicy(
                        Duration.ofMillis(integer(env, "PPG_RETRY_FIRST_MS", 2000)),
                        Duration.ofSeconds(integer(env, "PPG_RETRY_MAX_DELAY_S", 300)),
                        Duration.ofSeconds(integer(env, "PPG_RETRY_LIMIT_S", 86400))),
                integer(env, "PPG_DELIVERY_WORKERS", 16),
                value(env, "PPG_SIP_AUTH_USER")
                        .map(user -> new SipCredentials(
                                user, value(env, "PPG_SIP_AUTH_PASSWORD").orElse(""))),
                new Cluster(
                        value(env, "PPG_INSTANCE_ID")
                                .orElseGet(() -> hostName(env) + ":"
                                        + value(env, "PPG_HTTP_PORT").orElse("9080")),
                        Duration.ofSeconds(Math.max(2, integer(env, "PPG_LEASE_SECONDS", 10))),
                        Duration.ofMillis(Math.max(50, integer(env, "PPG_POLL_MS", 300))),
                        Math.max(100, integer(env, "PPG_ENGINE_WINDOW", 100_000))));
    }

    private static String hostName(Map<String, String> env) {
        return value(env, "HOSTNAME").orElseGet(() -> {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "ppg";
            }
        });
    }

    /** The process environment, overridden by system properties of the same names. */
    public static PpgSettings fromEnvironment() {
        Map<String, String> merged = new java.util.HashMap<>(System.getenv());
        System.getProperties().forEach((k, v) -> {
            if (k.toString().startsWith("PPG_")) {
                merged.put(k.toString(), v.toString());
            }
        });
        return from(merged);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        Optional<String> text = value(env, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + text.get() + "'", e);
        }
    }
}
