package io.sipush.ppg.demo;

import io.sipush.ppg.it.PpgServer;
import io.sipush.ppg.tools.demo.Demo;
import io.sipush.ppg.tools.demo.DemoReport;
import io.sipush.ppg.tools.demo.DemoSettings;
import io.sipush.ppg.tools.piclient.PiCredentials;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * {@code mvn -Pdemo verify}: starts a fresh PPG on loopback (ports from {@code -Ddemo.portBase},
 * default 25000), runs the demo against it, stops it, and exits 1 when a step failed.
 */
public final class DemoLauncher {
    static final String PI_NAME = "game-dm-server";
    static final String PI_PASSWORD = "demo-pi-password-7f3";

    private DemoLauncher() {}

    public static void main(String[] args) throws Exception {
        int base = Integer.getInteger("demo.portBase", 25000);
        DemoReport report = runWithOwnServer("demo", base + 80, base + 60, base + 100, base + 101, System.out);
        if (!report.succeeded()) {
            System.out.println("== the demo FAILED; see the steps above");
        }
        System.exit(report.succeeded() ? 0 : 1);
    }

    /** Starts a PPG with these ports, runs the demo against it, and stops the PPG. */
    public static DemoReport runWithOwnServer(
            String name, int httpPort, int sipPort, int terminalPort, int dmPort, PrintStream out) throws Exception {
        out.println("== starting the PPG (Open Liberty) on HTTP " + httpPort + ", SIP " + sipPort);
        PpgServer server = PpgServer.create(
                name,
                Map.of(
                        "PPG_HTTP_PORT", Integer.toString(httpPort),
                        "PPG_HTTPS_PORT", Integer.toString(httpPort + 10),
                        "PPG_SIP_PORT", Integer.toString(sipPort),
                        "PPG_BOOTSTRAP_PI", PI_NAME + ":" + PI_PASSWORD));
        try (PpgServer running = server.startFresh()) {
            DemoSettings settings = new DemoSettings(
                    running.papUri(),
                    new PiCredentials(PI_NAME, PI_PASSWORD),
                    "127.0.0.1:" + running.sipPort(),
                    terminalPort,
                    dmPort,
                    DemoSettings.DEFAULT_AOR,
                    Duration.ofSeconds(30));
            return Demo.run(settings, out);
        } finally {
            out.println("== PPG stopped; its logs are under " + running(server));
        }
    }

    private static String running(PpgServer server) {
        return server.messagesLog().getParent().toString();
    }
}
