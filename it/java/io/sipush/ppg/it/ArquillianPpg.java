package io.sipush.ppg.it;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PPG servers that Arquillian starts once for the whole failsafe run (the group {@code ppg} of
 * {@code it/resources/arquillian.xml}) and into which each test class deploys the real WAR
 * ({@link PpgWar}). Each constant is one Liberty server: its name under the installation that the
 * build made ({@code ppg.wlp.dir}), its ports and its PPG variables, written into its {@code
 * server.env} by {@link PpgServerDirectory} before Arquillian starts it.
 *
 * <p>Three servers, because the tests need three different settings that one server cannot have at
 * once: an outbound proxy (every unknown terminal is reached through it) against pushes that must
 * stay pending, and JSON logs with exact metric counts that no other class may move.
 */
public enum ArquillianPpg {
    /** An outbound proxy and SIP digest credentials: first push, PAP, delivery, notifications. */
    SHARED(
            "shared",
            0,
            Map.of(
                    "PPG_BOOTSTRAP_PI",
                    ArquillianPpg.PI_NAME + ":" + ArquillianPpg.PI_PASSWORD,
                    "PPG_SIP_OUTBOUND_PROXY",
                    "sip:127.0.0.1:" + ItPorts.arquillianProxy(),
                    "PPG_SIP_AUTH_USER",
                    ArquillianPpg.SIP_AUTH_USER,
                    "PPG_SIP_AUTH_PASSWORD",
                    ArquillianPpg.SIP_AUTH_PASSWORD)),
    /**
     * An admin password (so the admin API, the PPG console and the container console), and no
     * outbound proxy, so a push to a terminal that is not registered waits for it.
     */
    ADMIN(
            "admin",
            1,
            Map.of(
                    "PPG_BOOTSTRAP_PI",
                    ArquillianPpg.ADMIN_PI_NAME + ":" + ArquillianPpg.ADMIN_PI_PASSWORD,
                    "PPG_ADMIN_PASSWORD",
                    ArquillianPpg.ADMIN_PASSWORD)),
    /** /metrics for the user metrics over HTTPS, and logs as JSON lines; no outbound proxy. */
    OBSERVABILITY(
            "observability",
            2,
            Map.of(
                    "PPG_BOOTSTRAP_PI",
                    ArquillianPpg.OBS_PI_NAME + ":" + ArquillianPpg.OBS_PI_PASSWORD,
                    "PPG_METRICS_PASSWORD",
                    ArquillianPpg.METRICS_PASSWORD,
                    "PPG_KEYSTORE_PASSWORD",
                    "observability-keystore",
                    "PPG_LOG_FORMAT",
                    "json"));

    public static final String PI_NAME = "dm-server";
    public static final String PI_PASSWORD = "s3cret-for-tests";
    public static final int PROXY_PORT = ItPorts.arquillianProxy();
    public static final String SIP_AUTH_USER = "ppg-as";
    public static final String SIP_AUTH_PASSWORD = "digest-secret";

    public static final String ADMIN_PASSWORD = "admin-Console-pw-for-tests";
    public static final String ADMIN_PI_NAME = "console-dm";
    public static final String ADMIN_PI_PASSWORD = "console-dm-password";

    public static final String OBS_PI_NAME = "obs-pi";
    public static final String OBS_PI_PASSWORD = "obs-pi-password";
    public static final String METRICS_PASSWORD = "scrape-secret-for-tests";

    private final String qualifier;
    private final int number;
    private final Map<String, String> settings;

    ArquillianPpg(String qualifier, int number, Map<String, String> settings) {
        this.qualifier = qualifier;
        this.number = number;
        this.settings = settings;
    }

    /** The container's qualifier in arquillian.xml, for {@code @TargetsContainer}. */
    public String qualifier() {
        return qualifier;
    }

    /** The Liberty server name; no name contains another (Arquillian finds its JVM by name). */
    public String serverName() {
        return "ppg-arq-" + qualifier;
    }

    public static ArquillianPpg ofQualifier(String qualifier) {
        for (ArquillianPpg ppg : values()) {
            if (ppg.qualifier.equals(qualifier)) {
                return ppg;
            }
        }
        throw new IllegalArgumentException("no PPG container " + qualifier + " in ArquillianPpg");
    }

    /** Every variable of the server's environment: the ports and this server's settings. */
    public Map<String, String> variables() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("PPG_HTTP_PORT", Integer.toString(httpPort()));
        all.put("PPG_HTTPS_PORT", Integer.toString(httpsPort()));
        all.put("PPG_SIP_PORT", Integer.toString(sipPort()));
        all.putAll(settings);
        return all;
    }

    public int httpPort() {
        return ItPorts.arquillianHttp(number);
    }

    /** HTTPS listens only when the server has a keystore password (admin or keystore). */
    public int httpsPort() {
        return httpPort() + 10;
    }

    public int sipPort() {
        return ItPorts.arquillianSip(number);
    }

    /** The PPG's SIP address, where test terminals register. */
    public String registrar() {
        return "127.0.0.1:" + sipPort();
    }

    /**
     * The PAP URL under the deployment's base URL (the {@code @ArquillianResource URL}), on the
     * IPv4 loopback address the server listens on (PPG_HTTP_HOST), whatever host name Arquillian
     * reports.
     */
    public static URI papUri(URL deployment) {
        String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
        return URI.create("http://127.0.0.1:" + deployment.getPort() + path + "pap");
    }

    /** A PAP client of the server's bootstrap PI account (PPG_BOOTSTRAP_PI) on the deployment. */
    public PapClient pi(URL deployment) {
        String[] account = settings.get("PPG_BOOTSTRAP_PI").split(":", 2);
        return new PapClient(papUri(deployment), account[0], account[1]);
    }

    /** The PAP URL of this server's deployment, for static set-up that runs before injection. */
    public URI papUri() {
        return URI.create("http://127.0.0.1:" + httpPort() + "/ppg/pap");
    }

    public Path serverDirectory() {
        return Path.of(System.getProperty("ppg.wlp.dir", "target/liberty/wlp"), "usr", "servers", serverName());
    }

    public Path messagesLog() {
        return serverDirectory().resolve("logs/messages.log");
    }

    /** The keystore with the self-signed certificate Liberty made on the first start. */
    public Path keystore() {
        return serverDirectory().resolve("resources/security/key.p12");
    }
}
