package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.it.cluster.ThirdPartyRegister;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.codec.PapEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import javax.sip.address.SipURI;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.RecordRouteHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The PPG behind a real SIP/IP core, Kamailio with {@code it/kamailio/kamailio.cfg}: terminals
 * register at Kamailio, which replicates each REGISTER to the PPG with a Path (third-party
 * registration), and the PPG's MESSAGEs reach the terminals through Kamailio, along the Path or
 * through {@code PPG_SIP_OUTBOUND_PROXY}.
 *
 * <p>Process helper ({@link PpgServer}), not Arquillian: the PPG's SIP settings (outbound proxy
 * and ports) must point at the Kamailio that this class starts first, and the class needs that
 * server for itself only (docs/testing.md).
 */
class KamailioIT {
    private static final String HOME = "ims.example.org";
    private static final String DM_NOTIFICATION = "application/vnd.syncml.notification";
    private static final Duration OUTCOME = Duration.ofSeconds(60);

    private static Kamailio core;
    private static PpgServer ppg;
    private static PapClient pi;

    @RegisterExtension
    static final TestWatcher PRINT_KAMAILIO_LOG = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (core != null) {
                System.out.println("---- Kamailio log " + core.logFile() + " ----\n" + core.log());
            }
        }
    };

    @BeforeAll
    static void startCoreAndPpg() throws Exception {
        int ppgSip = ItPorts.sip(8);
        core = Kamailio.start(ItPorts.sipCore(), "sip:127.0.0.1:" + ppgSip, HOME);
        ppg = PpgServer.create(
                "kamailio",
                Map.of(
                        "PPG_HTTP_PORT",
                        Integer.toString(ItPorts.http(8)),
                        "PPG_SIP_PORT",
                        Integer.toString(ppgSip),
                        "PPG_HOME_DOMAIN",
                        HOME,
                        "PPG_BOOTSTRAP_PI",
                        SharedPpg.PI_NAME + ":" + SharedPpg.PI_PASSWORD,
                        "PPG_SIP_OUTBOUND_PROXY",
                        core.uri(),
                        "PPG_RETRY_FIRST_MS",
                        "300"));
        ppg.startFresh(); // assigned first: a server that fails to start is still stopped after all
        pi = new PapClient(ppg.papUri(), SharedPpg.PI_NAME, SharedPpg.PI_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (ppg != null) {
                ppg.stop();
            }
        } finally {
            if (core != null) {
                core.close();
            }
        }
    }

    @Test
    void terminal_registered_at_kamailio_gets_the_push_through_kamailio() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(77), core.hostPort())) {
            String aor = "sip:kam-alice@" + HOME;
            assertThat(terminal.register(aor, 600, "syncml.dm").getStatusCode())
                    .as("200 from Kamailio")
                    .isEqualTo(200);
            CcqResponse learned = awaitRegisteredAtPpg(aor, true);
            assertThat(learned.desc()).contains("registered=true", "contacts=1", "push-application-ids=syncml.dm");

            String pushId = FirstPushIT.uniquePushId();
            byte[] body = "through the SIP/IP core".getBytes(StandardCharsets.UTF_8);
            PapClient.Reply reply = pi.push(
                    FirstPushIT.push(pushId, address(aor)),
                    DM_NOTIFICATION,
                    body,
                    PushApplicationId.parse("x-wap-application:syncml.dm"),
                    true);
            assertThat(reply.httpStatus()).isEqualTo(202);

            Request message = terminal.nextMessage(30);
            assertThat(message).as("MESSAGE at the terminal").isNotNull();
            assertThat(message.getRequestURI().toString())
                    .as("Request-URI: the contact that the PPG learned from the replicated REGISTER")
                    .isEqualTo(terminal.contactUri());
            assertThat(toUri(message)).isEqualTo(aor);
            assertThat(message.getHeader("Accept-Contact").toString()).contains("+g.oma.pusheventapp=\"syncml.dm\"");
            ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
            assertThat(type.getContentType() + "/" + type.getContentSubType()).isEqualTo(DM_NOTIFICATION);
            assertThat(message.getRawContent()).isEqualTo(body);
            assertCameThroughKamailio(message);
            StatusQueryResult status = Status.awaitState(pi, pushId, MessageState.DELIVERED, OUTCOME);
            assertThat(status.messageState()).isEqualTo(MessageState.DELIVERED);
        }
    }

    @Test
    void deregistration_at_kamailio_reaches_the_ppg_and_a_push_waits_out_the_480_until_the_terminal_is_back()
            throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(78), core.hostPort())) {
            String aor = "sip:kam-bob@" + HOME;
            assertThat(terminal.register(aor, 600, "syncml.dm").getStatusCode()).isEqualTo(200);
            awaitRegisteredAtPpg(aor, true);
            assertThat(terminal.register(aor, 0).getStatusCode()).isEqualTo(200);
            assertThat(awaitRegisteredAtPpg(aor, false).desc()).contains("registered=false");

            String pushId = FirstPushIT.uniquePushId();
            PapClient.Reply reply = pi.push(
                    FirstPushIT.push(pushId, address(aor)),
                    DM_NOTIFICATION,
                    new byte[] {1, 2, 3},
                    PushApplicationId.parse("syncml.dm"),
                    false);
            assertThat(reply.httpStatus()).isEqualTo(202);
            StatusQueryResult offline = awaitDesc(pushId, "480");
            assertThat(offline.messageState())
                    .as("Kamailio's 480 for an address of record without contacts is retried")
                    .isEqualTo(MessageState.PENDING);
            assertThat(offline.desc()).contains("480");

            assertThat(terminal.register(aor, 600, "syncml.dm").getStatusCode()).isEqualTo(200);
            Request message = terminal.nextMessage(60);
            assertThat(message).as("MESSAGE after the terminal came back").isNotNull();
            assertThat(message.getRawContent()).isEqualTo(new byte[] {1, 2, 3});
            assertCameThroughKamailio(message);
            StatusQueryResult status = Status.awaitState(pi, pushId, MessageState.DELIVERED, OUTCOME);
            assertThat(status.messageState()).isEqualTo(MessageState.DELIVERED);
        }
    }

    @Test
    void large_push_goes_over_tcp_on_both_hops() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(76), core.hostPort())) {
            String aor = "sip:kam-dave@" + HOME;
            assertThat(terminal.register(aor, 600, "syncml.dm").getStatusCode()).isEqualTo(200);
            awaitRegisteredAtPpg(aor, true);
            byte[] big = new byte[4000];
            java.util.Arrays.fill(big, (byte) 'x');

            String pushId = FirstPushIT.uniquePushId();
            PapClient.Reply reply = pi.push(
                    FirstPushIT.push(pushId, address(aor)),
                    DM_NOTIFICATION,
                    big,
                    PushApplicationId.parse("syncml.dm"),
                    false);
            assertThat(reply.httpStatus()).isEqualTo(202);

            Request message = terminal.nextMessage(30);
            assertThat(message).as("MESSAGE at the terminal").isNotNull();
            assertThat(message.getRawContent()).isEqualTo(big);
            assertCameThroughKamailio(message);
            assertThat(vias(message))
                    .as("transport of Kamailio's and the PPG's hop")
                    .extracting(ViaHeader::getTransport)
                    .allSatisfy(transport -> assertThat(transport).isEqualToIgnoringCase("TCP"));
            StatusQueryResult status = Status.awaitState(pi, pushId, MessageState.DELIVERED, OUTCOME);
            assertThat(status.messageState()).isEqualTo(MessageState.DELIVERED);
        }
    }

    @Test
    void terminal_unknown_at_the_ppg_is_found_by_kamailio_through_the_outbound_proxy() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(79), core.hostPort())) {
            String aor = "sip:kam-carol@" + HOME;
            assertThat(terminal.register(aor, 600, "syncml.dm").getStatusCode()).isEqualTo(200);
            awaitRegisteredAtPpg(aor, true);
            assertThat(ThirdPartyRegister.unregisterAll(ppg.sipPort(), aor))
                    .as("answer of the PPG to Contact: * sent to it only, not to Kamailio")
                    .startsWith("SIP/2.0 200");
            awaitRegisteredAtPpg(aor, false);

            String pushId = FirstPushIT.uniquePushId();
            PapClient.Reply reply = pi.push(
                    FirstPushIT.push(pushId, address(aor)),
                    DM_NOTIFICATION,
                    new byte[] {7},
                    PushApplicationId.parse("syncml.dm"),
                    false);
            assertThat(reply.httpStatus()).isEqualTo(202);

            Request message = terminal.nextMessage(30);
            assertThat(message).as("MESSAGE at the terminal").isNotNull();
            assertThat(message.getRequestURI().toString())
                    .as("Kamailio's lookup of the address of record")
                    .isEqualTo(terminal.contactUri());
            assertThat(toUri(message)).isEqualTo(aor);
            assertThat(message.getRawContent()).isEqualTo(new byte[] {7});
            assertCameThroughKamailio(message);
            StatusQueryResult status = Status.awaitState(pi, pushId, MessageState.DELIVERED, OUTCOME);
            assertThat(status.messageState()).isEqualTo(MessageState.DELIVERED);
        }
    }

    /** Kamailio's Via on top of the PPG's, its Record-Route, and no Route left for the terminal. */
    private static void assertCameThroughKamailio(Request message) {
        List<ViaHeader> vias = vias(message);
        assertThat(vias).as("Via: Kamailio, then the PPG").hasSize(2);
        assertThat(vias.get(0).getPort()).isEqualTo(core.port());
        assertThat(vias.get(1).getPort()).isEqualTo(ppg.sipPort());
        RecordRouteHeader recordRoute = (RecordRouteHeader) message.getHeader(RecordRouteHeader.NAME);
        assertThat(recordRoute).as("Record-Route of Kamailio").isNotNull();
        assertThat(((SipURI) recordRoute.getAddress().getURI()).getPort()).isEqualTo(core.port());
        assertThat(message.getHeader(RouteHeader.NAME))
                .as("Kamailio consumed its Route")
                .isNull();
    }

    private static List<ViaHeader> vias(Request message) {
        List<ViaHeader> vias = new ArrayList<>();
        ListIterator<?> headers = message.getHeaders(ViaHeader.NAME);
        while (headers.hasNext()) {
            vias.add((ViaHeader) headers.next());
        }
        return vias;
    }

    private static CcqResponse awaitRegisteredAtPpg(String aor, boolean registered) throws Exception {
        Instant deadline = Instant.now().plus(OUTCOME);
        CcqResponse answer = ccq(aor);
        while (!answer.desc().contains("registered=" + registered)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            answer = ccq(aor);
        }
        assertThat(answer.desc()).as("CCQ at the PPG").contains("registered=" + registered);
        return answer;
    }

    private static CcqResponse ccq(String aor) throws Exception {
        CcqMessage query =
                CcqMessage.of(PapVersion.V2_1, "q-" + System.nanoTime(), null, PushAddress.parse(address(aor)));
        return (CcqResponse)
                pi.post("application/xml", new PapEncoder().encode(query)).pap();
    }

    private static StatusQueryResult awaitDesc(String pushId, String fragment) throws Exception {
        Instant deadline = Instant.now().plus(OUTCOME);
        StatusQueryResult last = Status.of(pi, pushId).get(0);
        while ((last.desc() == null || !last.desc().contains(fragment))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            last = Status.of(pi, pushId).get(0);
        }
        return last;
    }

    private static String address(String aor) {
        return "WAPPUSH=" + aor.replace(":", "%3A").replace("@", "%40") + "/TYPE=USER";
    }

    private static String toUri(Request message) {
        return ((ToHeader) message.getHeader(ToHeader.NAME))
                .getAddress()
                .getURI()
                .toString();
    }
}
