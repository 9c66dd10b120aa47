package io.sipush.ppg.it;

/**
 * The loopback ports of the integration tests, all within {@code ppg.it.port.base} and the 299
 * ports above it, so that two runs on one machine can use two bases.
 */
public final class ItPorts {
    private static final int BASE = Integer.getInteger("ppg.it.port.base", 19000);

    private ItPorts() {}

    /** The HTTP port of the shared server; servers of their own take {@code http(n)}. */
    public static int http(int server) {
        return BASE + 80 + server;
    }

    public static int sip(int server) {
        return BASE + 60 + server;
    }

    /**
     * The HTTP port of the Arquillian-managed server {@code n} (0..9, {@link ArquillianPpg}); its
     * HTTPS port is 10 above.
     */
    public static int arquillianHttp(int server) {
        return BASE + 20 + server;
    }

    public static int arquillianSip(int server) {
        return BASE + 40 + server;
    }

    /** The outbound proxy of the Arquillian-managed shared server. */
    public static int arquillianProxy() {
        return BASE + 50;
    }

    /** The outbound proxy of the shared server. */
    public static int proxy() {
        return BASE + 70;
    }

    /** The SIP TLS port of the server of {@code SipTlsIT}. */
    public static int sipTls() {
        return BASE + 71;
    }

    /** The SIP/IP core (Kamailio) of {@code KamailioIT}, UDP and TCP. */
    public static int sipCore() {
        return BASE + 77;
    }

    /** The PostgreSQL server that PostgresqlIT starts. */
    public static int postgres() {
        return BASE + 75;
    }

    /**
     * Ports of the servers that the build did not install as they are (ServerPackageIT,
     * ServerXmlSettingsIT), with their terminals: {@code n} in 0..19, base+260 .. base+279 (above the Arquillian servers, which hold their ports for the whole run).
     */
    public static int spare(int n) {
        return BASE + 260 + n;
    }

    /** Test terminal number {@code n} (0..99). */
    public static int terminal(int n) {
        return BASE + 100 + n;
    }
}
