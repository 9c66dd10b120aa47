package io.sipush.ppg.it;

import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One PPG server with an admin password, shared by the tests of the admin API, the PPG console
 * and the container console: a bootstrap PI account, and no outbound proxy, so a push to a
 * terminal that is not registered waits for it.
 *
 * <p>A process-helper server ({@link PpgServer}). The tests that used it deploy into the Arquillian
 * server {@link ArquillianPpg#ADMIN} now, which has the same settings on other ports
 * (docs/testing.md).
 */
public final class AdminPpg implements BeforeAllCallback {
    public static final String ADMIN_PASSWORD = "admin-Console-pw-for-tests";
    public static final String PI_NAME = "console-dm";
    public static final String PI_PASSWORD = "console-dm-password";

    private static PpgServer server;
    private static Exception failedStart;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (AdminPpg.class) {
            if (failedStart != null) {
                throw new IllegalStateException("the admin PPG did not start for an earlier test class", failedStart);
            }
            if (server == null) {
                PpgServer starting = PpgServer.create(
                        "admin",
                        Map.of(
                                "PPG_HTTP_PORT",
                                Integer.toString(ItPorts.http(7)),
                                "PPG_SIP_PORT",
                                Integer.toString(ItPorts.sip(7)),
                                "PPG_BOOTSTRAP_PI",
                                PI_NAME + ":" + PI_PASSWORD,
                                "PPG_ADMIN_PASSWORD",
                                ADMIN_PASSWORD));
                try {
                    server = starting.startFresh();
                } catch (Exception e) {
                    failedStart = e;
                    starting.kill();
                    throw e;
                }
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(AdminPpg.class, (ExtensionContext.Store.CloseableResource) server::close);
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

    public static String registrar() {
        return "127.0.0.1:" + server.sipPort();
    }
}
