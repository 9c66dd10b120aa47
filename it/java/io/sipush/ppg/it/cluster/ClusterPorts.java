package io.sipush.ppg.it.cluster;

/**
 * The loopback ports of the cluster tests, {@code ppg.it.port.base} + 200..259, above the ports of
 * {@code ItPorts} (0..199, where the Arquillian servers hold theirs for the whole run), so that the
 * cluster never meets a server of another test.
 */
public final class ClusterPorts {
    private static final int BASE = Integer.getInteger("ppg.it.port.base", 19000) + 200;

    private ClusterPorts() {}

    public static int postgres() {
        return BASE + 20;
    }

    /** HAProxy's PAP front end. */
    public static int haproxy() {
        return BASE + 21;
    }

    /** HAProxy's statistics page (CSV at {@code /stats;csv}). */
    public static int haproxyStats() {
        return BASE + 22;
    }

    /** Kamailio with the dispatcher, UDP and TCP. */
    public static int kamailio() {
        return BASE + 23;
    }

    /** HTTP of PPG instance {@code n} (1, 2, ...); HTTPS is 10 above, SIP 20 above. */
    public static int http(int instance) {
        return BASE + 30 + instance;
    }

    public static int https(int instance) {
        return http(instance) + 10;
    }

    public static int sip(int instance) {
        return http(instance) + 20;
    }
}
