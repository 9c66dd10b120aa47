package io.sipush.ppg.it;

import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One PPG server shared by the integration tests of a run: a bootstrap PI account, and an
 * outbound proxy (a test terminal on {@link #PROXY_PORT}) for terminals that are not registered.
 *
 * <p>A process-helper server ({@link PpgServer}). The tests that used it deploy into the Arquillian
 * server {@link ArquillianPpg#SHARED} now, which has the same settings on other ports
 * (docs/testing.md).
 */
public final class SharedPpg implements BeforeAllCallback {
    public static final String PI_NAME = "dm-server";
    public static final String PI_PASSWORD = "s3cret-for-tests";
    public static final int PROXY_PORT = ItPorts.proxy();
    public static final String SIP_AUTH_USER = "ppg-as";
    public static final String SIP_AUTH_PASSWORD = "digest-secret";

    private static PpgServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedPpg.class) {
            if (server == null) {
                server = PpgServer.create(
                                "shared",
                                Map.of(
                                        "PPG_BOOTSTRAP_PI",
                                        PI_NAME + ":" + PI_PASSWORD,
                                        "PPG_SIP_OUTBOUND_PROXY",
                                        "sip:127.0.0.1:" + PROXY_PORT,
                                        "PPG_SIP_AUTH_USER",
                                        SIP_AUTH_USER,
                                        "PPG_SIP_AUTH_PASSWORD",
                                        SIP_AUTH_PASSWORD))
                        .startFresh();
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(SharedPpg.class, (ExtensionContext.Store.CloseableResource) server::close);
            }
        }
    }

    public static PpgServer server() {
        return server;
    }

    public static PapClient pi() {
        return new PapClient(server.papUri(), PI_NAME, PI_PASSWORD);
    }

    public static String registrar() {
        return "127.0.0.1:" + server.sipPort();
    }
}
