package io.sipush.ppg.config;

import io.sipush.ppg.pap.PapLimits;
import io.sipush.ppg.push.RetryPolicy;
import io.sipush.ppg.terminal.RegistrarTrust;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of DESIGN.md §4 with the documented defaults, parsed from their names and values
 * (the infrastructure gathers them through MicroProfile Config: environment variables, server.xml
 * variables, bootstrap.properties).
 *
 * @param sipTrusted {@code PPG_SIP_TRUSTED}, the sources allowed to send REGISTER; empty for the
 *     default (loopback and the outbound proxy's host), which the SIP servlet resolves at start
 * @param warmUpRounds {@code PPG_WARMUP_ROUNDS} (5000; 0 for none): how many times the PAP codec runs
 *     its corpus at start, before the PPG reports ready
 * @param warmUpTraffic the pushes this PPG sends itself at start ({@code PPG_WARMUP_PUSHES})
 * @param overloadLag {@code PPG_OVERLOAD_LAG_MS} (200; 0 turns it off): how far behind delivery may run before
 *     new pushes are refused with 4001 until it catches up (docs/architecture.md)
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
        LoginFailures loginFailures,
        List<Integer> ownHttpPorts,
        Optional<RegistrarTrust> sipTrusted,
        int warmUpRounds,
        Cluster cluster,
        Duration overloadLag,
        WarmUpTraffic warmUpTraffic) {

    /**
     * The pushes a PPG sends itself at start, before it reports ready (docs/architecture.md, "Warm
     * start"): {@code PPG_WARMUP_PUSHES} of them (0, the default: none; the shipped systemd unit
     * and container image set 5000) through its own PAP endpoint
     * ({@code PPG_HTTP_HOST}, {@code PPG_HTTP_PORT}) to its own SIP listener ({@code PPG_SIP_HOST},
     * {@code PPG_SIP_PORT}).
     */
    public record WarmUpTraffic(int pushes, String httpHost, int httpPort, String sipHost, int sipPort) {}

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

    /**
     * The back-off of failed PI logins: after {@code maxFailures} failures from one source
     * address within {@code window}, that source is refused at once until the window ends
     * (PPG_AUTH_MAX_FAILURES, default 10; PPG_AUTH_FAILURE_WINDOW_S, default 60).
     */
    public record LoginFailures(int maxFailures, Duration window) {}

    /**
     * Credentials for digest challenges (RFC 3261 §22) from the SIP core, answered only for
     * these realms ({@code PPG_SIP_AUTH_REALMS}, comma-separated; the home domain by default).
     */
    public record SipCredentials(String user, String password, List<String> realms) {
        public SipCredentials {
            realms = List.copyOf(realms);
        }
    }

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
                                user,
                                value(env, "PPG_SIP_AUTH_PASSWORD").orElse(""),
                                list(env, "PPG_SIP_AUTH_REALMS").orElse(List.of(domain)))),
                new LoginFailures(
                        Math.max(1, integer(env, "PPG_AUTH_MAX_FAILURES", 10)),
                        Duration.ofSeconds(Math.max(1, integer(env, "PPG_AUTH_FAILURE_WINDOW_S", 60)))),
                List.of(integer(env, "PPG_HTTP_PORT", 9080), integer(env, "PPG_HTTPS_PORT", 9443)),
                value(env, "PPG_SIP_TRUSTED").map(RegistrarTrust::parse),
                integer(env, "PPG_WARMUP_ROUNDS", 5000),
                new Cluster(
                        value(env, "PPG_INSTANCE_ID")
                                .orElseGet(() -> hostName(env) + ":"
                                        + value(env, "PPG_HTTP_PORT").orElse("9080")),
                        Duration.ofSeconds(Math.max(2, integer(env, "PPG_LEASE_SECONDS", 10))),
                        Duration.ofMillis(Math.max(50, integer(env, "PPG_POLL_MS", 100))),
                        Math.max(100, integer(env, "PPG_ENGINE_WINDOW", 100_000))),
                Duration.ofMillis(Math.max(0, integer(env, "PPG_OVERLOAD_LAG_MS", 200))),
                new WarmUpTraffic(
                        Math.max(0, integer(env, "PPG_WARMUP_PUSHES", 0)),
                        value(env, "PPG_HTTP_HOST").orElse("127.0.0.1"),
                        integer(env, "PPG_HTTP_PORT", 9080),
                        value(env, "PPG_SIP_HOST").orElse("127.0.0.1"),
                        integer(env, "PPG_SIP_PORT", 5060)));
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

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** A comma-separated list without empty items; empty when unset or blank. */
    private static Optional<List<String>> list(Map<String, String> env, String name) {
        return value(env, name)
                .map(text -> Arrays.stream(text.split(","))
                        .map(String::trim)
                        .filter(item -> !item.isEmpty())
                        .toList())
                .filter(items -> !items.isEmpty());
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
