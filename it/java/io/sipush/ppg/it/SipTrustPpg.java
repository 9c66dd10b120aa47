package io.sipush.ppg.it;

import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One PPG server for the tests of hostile input on the SIP side: {@code PPG_SIP_TRUSTED} lists
 * only {@link #TRUSTED} and {@link #TRUSTED_OTHER} (so 127.0.0.2, loopback as well, is a
 * stranger), no outbound proxy (a push to a terminal that is not registered waits), an admin
 * password for the admin API and a bootstrap PI.
 */
public final class SipTrustPpg implements BeforeAllCallback {
    public static final String TRUSTED = "127.0.0.1";
    /** A second trusted source, used only by the test that counts log lines per source. */
    public static final String TRUSTED_OTHER = "127.0.0.3";

    public static final String STRANGER = "127.0.0.2";
    public static final String ADMIN_PASSWORD = "admin-pw-for-sip-trust";
    public static final String PI_NAME = "trust-dm";
    public static final String PI_PASSWORD = "trust-dm-password";

    private static PpgServer server;
    private static Exception failedStart;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SipTrustPpg.class) {
            if (failedStart != null) {
                throw new IllegalStateException(
                        "the SIP trust PPG did not start for an earlier test class", failedStart);
            }
            if (server == null) {
                PpgServer starting = PpgServer.create(
                        "siptrust",
                        Map.of(
                                "PPG_HTTP_PORT",
                                Integer.toString(ItPorts.http(9)),
                                "PPG_SIP_PORT",
                                Integer.toString(ItPorts.sip(9)),
                                "PPG_BOOTSTRAP_PI",
                                PI_NAME + ":" + PI_PASSWORD,
                                "PPG_ADMIN_PASSWORD",
                                ADMIN_PASSWORD,
                                "PPG_SIP_TRUSTED",
                                TRUSTED + "," + TRUSTED_OTHER));
                try {
                    server = starting.startFresh();
                } catch (Exception e) {
                    failedStart = e;
                    starting.kill();
                    throw e;
                }
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(SipTrustPpg.class, (ExtensionContext.Store.CloseableResource) server::close);
            }
        }
    }

    public static PpgServer server() {
        return server;
    }

    public static AdminClient admin() {
        return new AdminClient(server, "admin", ADMIN_PASSWORD);
    }

    public static PapClient pi() {
        return new PapClient(server.papUri(), PI_NAME, PI_PASSWORD);
    }

    /** The admin API's detail of a push (JSON), found by its push-id. */
    public static String pushDetail(String pushId) throws Exception {
        AdminClient.Reply found = admin().get(
                        "pushes?pushId=" + java.net.URLEncoder.encode(pushId, java.nio.charset.StandardCharsets.UTF_8));
        java.util.regex.Matcher key =
                java.util.regex.Pattern.compile("\"key\":(\\d+)").matcher(found.body());
        if (!key.find()) {
            throw new IllegalStateException("no push " + pushId + " in " + found.body());
        }
        return admin().get("pushes/" + key.group(1)).body();
    }

    /** A whole-number field of a JSON text, or -1. */
    public static long number(String json, String name) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** A string field of a JSON text (escapes left as they are), or null. */
    public static String text(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    public static String registrar() {
        return "127.0.0.1:" + server.sipPort();
    }
}
