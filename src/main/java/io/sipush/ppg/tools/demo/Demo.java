package io.sipush.ppg.tools.demo;

import io.sipush.ppg.content.cp.AppAuth;
import io.sipush.ppg.content.cp.BootstrapContentType;
import io.sipush.ppg.content.cp.BootstrapSecrets;
import io.sipush.ppg.content.cp.DmAccountBootstrap;
import io.sipush.ppg.content.cp.Imsi;
import io.sipush.ppg.content.cp.ProvisioningDocument;
import io.sipush.ppg.content.cp.SecurityMethod;
import io.sipush.ppg.content.dm.Package1SessionId;
import io.sipush.ppg.content.dm.UiMode;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.tools.dmserver.DmServer;
import io.sipush.ppg.tools.dmserver.DmSessionRecord;
import io.sipush.ppg.tools.dmserver.ManagementPlan;
import io.sipush.ppg.tools.piclient.AddressArgument;
import io.sipush.ppg.tools.piclient.DmNotification;
import io.sipush.ppg.tools.piclient.PapHttpClient;
import io.sipush.ppg.tools.piclient.PapReply;
import io.sipush.ppg.tools.piclient.PushOptions;
import io.sipush.ppg.tools.piclient.SecuredBootstrap;
import io.sipush.ppg.tools.terminal.TerminalConfig;
import io.sipush.ppg.tools.terminal.TerminalEvent;
import io.sipush.ppg.tools.terminal.TerminalSimulator;
import io.sipush.ppg.tools.terminal.Verdict;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs use cases 5.2 and 5.3 of the seed against a running PPG, printing each step and whether
 * it held; a step that fails ends the run. The DM server acts as the PI, as in the seed.
 */
public final class Demo {
    static final String SERVER_ID = "game-dm.example.org";
    static final String SERVER_PASSWORD = "dm-server-secret";
    static final String SERVER_NONCE = "nonce-4711";
    static final String IMSI = "310260801674539";
    static final String SETTING = "./Game/Server";
    static final String FIRST_VALUE = "eu1.game.example.org:7777";
    static final String UPDATED_VALUE = "eu2.game.example.org:7777";

    private final DemoSettings settings;
    private final PrintStream out;
    private final DemoReport report = new DemoReport();
    private final PapHttpClient pi;

    private Demo(DemoSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.pi = new PapHttpClient(settings.pap(), settings.pi());
    }

    /** Runs both use cases and reports every step. */
    public static DemoReport run(DemoSettings settings, PrintStream out) {
        Demo demo = new Demo(settings, out);
        try {
            demo.story();
        } catch (StepFailed e) {
            out.println("DEMO FAILED at " + e.getMessage());
        } catch (Exception e) {
            demo.report.add(new DemoReport.Step("-", "unexpected error", false, String.valueOf(e)));
            out.println("DEMO FAILED: " + e.getMessage());
        }
        if (demo.report.succeeded()) {
            out.println("DEMO PASSED: " + demo.report.steps().size() + " steps");
        }
        return demo.report;
    }

    private void story() throws Exception {
        out.println("== PPG demo: PAP in, OTA-SIP out, PPG " + settings.pap() + ", registrar " + settings.registrar());
        try (DmServer dmServer = DmServer.start(
                        new InetSocketAddress("127.0.0.1", settings.dmServerPort()),
                        line -> out.println("    " + line));
                TerminalSimulator terminal =
                        TerminalSimulator.start(terminalConfig(), line -> out.println("    " + line))) {
            useCase52(dmServer, terminal);
            useCase53(dmServer, terminal);
            forgedBootstrap(terminal);
        }
    }

    private TerminalConfig terminalConfig() {
        return new TerminalConfig(
                "127.0.0.1",
                settings.terminalPort(),
                settings.registrar(),
                settings.aor(),
                TerminalConfig.DEFAULT_APPS,
                600,
                Optional.of(BootstrapSecrets.ofImsi(new Imsi(IMSI))),
                TerminalConfig.DEFAULT_DEVICE_ID,
                question -> true,
                List.of());
    }

    private void useCase52(DmServer dmServer, TerminalSimulator terminal) throws Exception {
        out.println();
        out.println("== Use case 5.2: new service, device management provisioning");
        int registered = terminal.register();
        step(
                "5.2.0",
                "the terminal is registered with the SIP/IP core",
                registered == 200,
                "REGISTER answered " + registered);
        dmServer.plan(ManagementPlan.replace(SETTING, FIRST_VALUE));
        step(
                "5.2.1",
                "the user orders the online game service; the service asks the DM server to configure it",
                true,
                "DM server " + dmServer.uri() + " will set " + SETTING + " = " + FIRST_VALUE);

        SecuredBootstrap bootstrap = bootstrap(IMSI, dmServer);
        String bootstrapId = push(bootstrap.pushContent(false));
        step(
                "5.2.3",
                "the DM server, as PI, pushes the CP bootstrap to the PPG over PAP",
                true,
                "push-id " + bootstrapId + ", " + bootstrap.contentType());
        Verdict provisioned = terminal.await(TerminalEvent.Received.class, settings.stepTimeout())
                .verdict();
        step(
                "5.2.4-6",
                "the PPG delivers it over OTA-SIP; the terminal checks the MAC and is provisioned",
                provisioned instanceof Verdict.Provision,
                provisioned.describe());
        awaitState(bootstrapId, MessageState.DELIVERED, "5.2.4-6");

        int sessionId = newSessionId();
        String notifyId = push(DmNotification.of(SERVER_ID, SERVER_PASSWORD, nonce(), sessionId, UiMode.BACKGROUND)
                .pushContent(false));
        step(
                "5.2.7",
                "the DM server pushes the session initiation (Package #0) via the PPG",
                true,
                "push-id " + notifyId + ", session " + hex(sessionId));
        Verdict notified = terminal.await(TerminalEvent.Received.class, settings.stepTimeout())
                .verdict();
        step(
                "5.2.8",
                "the terminal receives the notification and checks its digest",
                notified instanceof Verdict.Notify,
                notified.describe());
        DmSessionRecord session = dmServer.awaitSession(hex(sessionId), settings.stepTimeout());
        terminal.await(TerminalEvent.SessionEnded.class, settings.stepTimeout());
        step(
                "5.2.8",
                "the terminal runs the OMA DM session with the DM server",
                session.allApplied(),
                "device " + session.deviceId() + ", statuses " + session.replaceStatus());
        String value = terminal.tree().get(SETTING).orElse("unset");
        step("5.2.9", "the new setting is in use", value.equals(FIRST_VALUE), SETTING + " = " + value);
        awaitState(notifyId, MessageState.DELIVERED, "5.2.9");
    }

    private void useCase53(DmServer dmServer, TerminalSimulator terminal) throws Exception {
        out.println();
        out.println("== Use case 5.3: continuous device management notification");
        dmServer.plan(ManagementPlan.replace(SETTING, UPDATED_VALUE)
                .withConfirmation("The online game settings have changed. Accept the new settings?"));
        step(
                "5.3.1",
                "the service provider changes the configuration; a change order goes to the DM server",
                true,
                SETTING + " -> " + UPDATED_VALUE);
        int sessionId = newSessionId();
        String notifyId =
                push(DmNotification.of(SERVER_ID, SERVER_PASSWORD, nonce(), sessionId, UiMode.USER_INTERACTION)
                        .pushContent(false));
        step(
                "5.3.2",
                "the DM server pushes the notification to the PPG",
                true,
                "push-id " + notifyId + ", session " + hex(sessionId) + ", ui-mode user-interaction");
        Verdict notified = terminal.await(TerminalEvent.Received.class, settings.stepTimeout())
                .verdict();
        step(
                "5.3.3-4",
                "the PPG forwards it over OTA-SIP; the terminal checks it",
                notified instanceof Verdict.Notify,
                notified.describe());
        DmSessionRecord session = dmServer.awaitSession(hex(sessionId), settings.stepTimeout());
        TerminalEvent.SessionEnded ended = terminal.await(TerminalEvent.SessionEnded.class, settings.stepTimeout());
        step(
                "5.3.5-6",
                "the terminal starts the DM session; the user accepts the change",
                session.confirmationStatus().equals(Optional.of(200))
                        && ended.outcome().userAccepted().equals(Optional.of(true))
                        && session.allApplied(),
                "confirmation status " + session.confirmationStatus().orElse(null) + ", statuses "
                        + session.replaceStatus());
        String value = terminal.tree().get(SETTING).orElse("unset");
        step("5.3.8", "the updated setting is in use", value.equals(UPDATED_VALUE), SETTING + " = " + value);
        awaitState(notifyId, MessageState.DELIVERED, "5.3.8");
    }

    private void forgedBootstrap(TerminalSimulator terminal) throws Exception {
        out.println();
        out.println("== Check: a bootstrap MACed with another IMSI is refused");
        String forgedId = push(bootstrap("310260801674540", null).pushContent(false));
        Verdict verdict = terminal.await(TerminalEvent.Received.class, settings.stepTimeout())
                .verdict();
        step(
                "check.1",
                "the terminal refuses the forged bootstrap with a 4xx",
                verdict instanceof Verdict.Refuse refuse && refuse.sipStatus() / 100 == 4,
                verdict.describe());
        awaitState(forgedId, MessageState.UNDELIVERABLE, "check.2");
    }

    private SecuredBootstrap bootstrap(String imsi, DmServer dmServer) throws Exception {
        String address =
                dmServer == null ? "http://127.0.0.1:1/dm" : dmServer.uri().toString();
        ProvisioningDocument document = DmAccountBootstrap.forServer(SERVER_ID)
                .name("Online game DM server")
                .address(address)
                .serverAuth(AppAuth.empty()
                        .withType("DIGEST")
                        .withName(SERVER_ID)
                        .withSecret(SERVER_PASSWORD)
                        .withData(SERVER_NONCE))
                .build();
        return SecuredBootstrap.secure(
                document,
                SecurityMethod.NETWPIN,
                Optional.of(new Imsi(imsi)),
                Optional.empty(),
                BootstrapContentType.SecNotation.NAME);
    }

    private String push(PapHttpClient.PushContent content) throws Exception {
        PushMessage message = PushMessage.builder(PapVersion.V2_1, PushOptions.newPushId())
                .address(AddressArgument.parse(settings.aor()))
                .build();
        PapReply reply = pi.push(message, content);
        reply.summary().forEach(line -> out.println("    PI: " + line));
        if (!reply.succeeded()) {
            step("pap", "the PPG accepts the push", false, String.join("; ", reply.summary()));
        }
        return message.pushId();
    }

    private void awaitState(String pushId, MessageState expected, String id) throws Exception {
        Instant deadline = Instant.now().plus(settings.stepTimeout());
        StatusQueryResult last = null;
        while (Instant.now().isBefore(deadline)) {
            PapReply reply = pi.send(StatusQueryMessage.of(PapVersion.V2_1, pushId, List.of()));
            if (reply.response() instanceof StatusQueryResponse status) {
                last = status.results().get(0);
                if (last.messageState() == expected) {
                    break;
                }
            }
            Thread.sleep(200);
        }
        String seen = last == null ? "no status" : last.messageState().papName() + " (" + last.desc() + ")";
        step(
                id,
                "the PPG reports the push " + expected.papName() + " to the PI",
                last != null && last.messageState() == expected,
                "status query: " + seen);
    }

    private void step(String id, String title, boolean ok, String detail) throws StepFailed {
        report.add(new DemoReport.Step(id, title, ok, detail));
        out.println("[" + id + "] " + title + ": " + (ok ? "OK" : "FAILED"));
        out.println("        " + detail);
        if (!ok) {
            throw new StepFailed(id + ": " + title);
        }
    }

    private static byte[] nonce() {
        return SERVER_NONCE.getBytes(StandardCharsets.UTF_8);
    }

    private static int newSessionId() {
        return ThreadLocalRandom.current().nextInt(1, 0x10000);
    }

    private static String hex(int sessionId) {
        return Package1SessionId.render(sessionId);
    }

    /** A step did not hold; the story stops there. */
    private static final class StepFailed extends Exception {
        private static final long serialVersionUID = 1L;

        StepFailed(String message) {
            super(message);
        }
    }
}
