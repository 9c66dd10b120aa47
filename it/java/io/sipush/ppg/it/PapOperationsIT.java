package io.sipush.ppg.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.sipush.ppg.pap.BadMessageResponse;
import io.sipush.ppg.pap.CancelMessage;
import io.sipush.ppg.pap.CancelResponse;
import io.sipush.ppg.pap.CancelResult;
import io.sipush.ppg.pap.CcqMessage;
import io.sipush.ppg.pap.CcqResponse;
import io.sipush.ppg.pap.DeliveryMethod;
import io.sipush.ppg.pap.MessageState;
import io.sipush.ppg.pap.PapException;
import io.sipush.ppg.pap.PapRequest;
import io.sipush.ppg.pap.PapVersion;
import io.sipush.ppg.pap.Priority;
import io.sipush.ppg.pap.PushAddress;
import io.sipush.ppg.pap.PushApplicationId;
import io.sipush.ppg.pap.PushMessage;
import io.sipush.ppg.pap.PushResponse;
import io.sipush.ppg.pap.QualityOfService;
import io.sipush.ppg.pap.ReplaceMethod;
import io.sipush.ppg.pap.StatusCode;
import io.sipush.ppg.pap.StatusQueryMessage;
import io.sipush.ppg.pap.StatusQueryResponse;
import io.sipush.ppg.pap.StatusQueryResult;
import io.sipush.ppg.pap.codec.PapEncoder;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sip.message.Request;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PAP operations on the real server: multi-address pushes with per-address status, cancel,
 * status query, CCQ, replacement, versions, and the refusals a push gets after decoding.
 * Terminals 20 to 39. Outcomes are polled with deadlines, never timed.
 */
@ExtendWith(ArquillianExtension.class)
class PapOperationsIT {
    @Deployment(testable = false)
    static WebArchive ppg() {
        return PpgWar.build();
    }

    @ArquillianResource
    private URL ppg;

    private static final String DM = "application/vnd.syncml.notification";
    private static final PushApplicationId SYNCML_DM = PushApplicationId.SYNCML_DM;
    private static final Duration OUTCOME = Duration.ofSeconds(30);

    @Test
    void multi_address_push_is_delivered_to_each_address_with_its_own_status() throws Exception {
        try (SipTerminal alice = SipTerminal.start(ItPorts.terminal(20), ArquillianPpg.SHARED.registrar());
                SipTerminal bob = SipTerminal.start(ItPorts.terminal(21), ArquillianPpg.SHARED.registrar());
                SipTerminal proxy = SipTerminal.listening(ArquillianPpg.PROXY_PORT)) {
            alice.register("sip:ops-alice@ims.example.org", 600, "syncml.dm");
            bob.register("sip:+15550002101@ims.example.org;user=phone", 600, "syncml.dm");
            String aliceAddress = "WAPPUSH=sip%3Aops-alice%40ims.example.org/TYPE=USER@ppg.example.org";
            String bobAddress = "WAPPUSH=+1-555-000-2101/TYPE=PLMN";
            String zedAddress = "wappush=sip%3Aops-zed%40ims.example.org/type=user";
            String pushId = uniquePushId();

            PapClient.Reply reply = push(PushMessage.builder(PapVersion.V2_1, pushId)
                    .address(PushAddress.parse(aliceAddress))
                    .address(PushAddress.parse(bobAddress))
                    .address(PushAddress.parse(zedAddress))
                    .sourceReference("PapOperationsIT")
                    .qualityOfService(
                            new QualityOfService(Priority.HIGH, DeliveryMethod.UNCONFIRMED, "IMS", true, "SIP", true))
                    .build());

            assertThat(reply.httpStatus()).isEqualTo(202);
            PushResponse response = (PushResponse) reply.pap();
            assertThat(response.code()).isEqualTo(StatusCode.ACCEPTED_FOR_PROCESSING);
            assertThat(response.desc()).contains("3 addresses");
            assertThat(alice.nextMessage(20)).as("MESSAGE at alice").isNotNull();
            assertThat(bob.nextMessage(20)).as("MESSAGE at bob").isNotNull();
            assertThat(awaitMessageTo(proxy, "sip:ops-zed@ims.example.org"))
                    .as("MESSAGE for zed at the outbound proxy")
                    .isNotNull();
            List<StatusQueryResult> all = awaitStatus(
                    pushId, results -> results.stream().allMatch(r -> r.messageState() == MessageState.DELIVERED));
            assertThat(all).hasSize(3).allSatisfy(r -> {
                assertThat(r.code()).isEqualTo(StatusCode.OK);
                assertThat(r.messageState()).isEqualTo(MessageState.DELIVERED);
                assertThat(r.eventTime()).isNotNull();
                assertThat(r.addresses()).hasSize(1);
            });
            assertThat(all.stream().map(r -> r.addresses().get(0).papValue()))
                    .containsExactly(aliceAddress, bobAddress, zedAddress);

            List<StatusQueryResult> named =
                    status(PapVersion.V2_0, pushId, "WAPPUSH=+15550002101/TYPE=PLMN", "WAPPUSH=+15550002199/TYPE=PLMN");
            assertThat(named)
                    .extracting(StatusQueryResult::code)
                    .containsExactly(StatusCode.OK, StatusCode.ADDRESS_NOT_FOUND);
            assertThat(named.get(0).addresses().get(0).papValue()).isEqualTo(bobAddress);
            assertThat(named.get(1).messageState()).isEqualTo(MessageState.UNKNOWN);
        }
    }

    @Test
    void pending_push_is_cancelled_per_address_then_cancel_again_gets_2008() throws Exception {
        String first = "WAPPUSH=sip%3Aops-later1%40ims.example.org/TYPE=USER";
        String second = "WAPPUSH=sip%3Aops-later2%40ims.example.org/TYPE=USER";
        String pushId = uniquePushId();
        PapClient.Reply reply = push(PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse(first))
                .address(PushAddress.parse(second))
                .deliverAfterTimestamp(Instant.now().plusSeconds(120))
                .build());
        assertThat(reply.httpStatus()).isEqualTo(202);
        assertThat(status(PapVersion.V2_1, pushId)).allMatch(r -> r.messageState() == MessageState.PENDING);

        List<CancelResult> cancelFirst = cancel(PapVersion.V2_1, pushId, first);
        assertThat(cancelFirst).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(StatusCode.OK);
            assertThat(r.addresses()).extracting(PushAddress::papValue).containsExactly(first);
        });
        assertThat(status(PapVersion.V2_1, pushId))
                .extracting(StatusQueryResult::messageState)
                .containsExactly(MessageState.CANCELLED, MessageState.PENDING);

        List<CancelResult> cancelAll = cancel(PapVersion.V2_1, pushId);
        assertThat(cancelAll)
                .extracting(CancelResult::code)
                .containsExactly(StatusCode.CANCELLATION_NOT_POSSIBLE, StatusCode.OK);

        List<CancelResult> again = cancel(PapVersion.V2_1, pushId, second, "WAPPUSH=+15550009999/TYPE=PLMN");
        assertThat(again)
                .extracting(CancelResult::code)
                .containsExactly(StatusCode.CANCELLATION_NOT_POSSIBLE, StatusCode.ADDRESS_NOT_FOUND);
        assertThat(again.get(0).desc()).contains("cancelled");
        assertThat(status(PapVersion.V2_1, pushId)).allSatisfy(r -> {
            assertThat(r.messageState()).isEqualTo(MessageState.CANCELLED);
            assertThat(r.desc()).contains("cancelled");
        });
    }

    @Test
    void cancel_and_status_of_an_unknown_push_id_get_2004() throws Exception {
        String unknown = "never-pushed-" + uniquePushId();

        List<CancelResult> cancelled = cancel(PapVersion.V2_0, unknown, "WAPPUSH=+15550002000/TYPE=PLMN");
        List<StatusQueryResult> queried = status(PapVersion.V1_0, unknown);

        assertThat(cancelled).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
            assertThat(r.addresses()).hasSize(1);
        });
        assertThat(queried).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
            assertThat(r.messageState()).isEqualTo(MessageState.UNKNOWN);
        });
    }

    @Test
    void ccq_answers_from_the_terminal_registry() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(23), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:ops-ccq@ims.example.org", 600, "syncml.dm", "wml.ua");
            PushAddress registered = PushAddress.parse("WAPPUSH=sip%3Aops-ccq%40ims.example.org/TYPE=USER");
            PushAddress unknown = PushAddress.parse("WAPPUSH=sip%3Aops-nobody%40ims.example.org/TYPE=USER");

            CcqResponse known = (CcqResponse)
                    send(CcqMessage.of(PapVersion.V2_0, "q-23", "x-wap-application:syncml.dm", registered))
                            .pap();
            CcqResponse notKnown = (CcqResponse)
                    send(CcqMessage.of(PapVersion.V1_0, "q-24", null, unknown)).pap();

            assertThat(known.code()).isEqualTo(StatusCode.OK);
            assertThat(known.version()).isEqualTo(PapVersion.V2_0);
            assertThat(known.queryId()).isEqualTo("q-23");
            assertThat(known.address()).isEqualTo(registered);
            assertThat(known.desc()).contains("registered=true", "syncml.dm", "wml.ua", "app-id syncml.dm=accepted");
            assertThat(notKnown.code()).isEqualTo(StatusCode.CAPABILITIES_NOT_AVAILABLE);
            assertThat(notKnown.version()).isEqualTo(PapVersion.V1_0);
            assertThat(notKnown.desc()).contains("registered=false");
        }
    }

    @Test
    void replace_all_cancels_the_pending_push_and_delivers_the_new_one() throws Exception {
        try (SipTerminal terminal = SipTerminal.start(ItPorts.terminal(24), ArquillianPpg.SHARED.registrar())) {
            terminal.register("sip:ops-replace@ims.example.org", 600, "syncml.dm");
            String address = "WAPPUSH=sip%3Aops-replace%40ims.example.org/TYPE=USER";
            String other = "WAPPUSH=sip%3Aops-replace-other%40ims.example.org/TYPE=USER";
            String oldId = uniquePushId();
            assertThat(push(PushMessage.builder(PapVersion.V2_0, oldId)
                                    .address(PushAddress.parse(address))
                                    .address(PushAddress.parse(other))
                                    .deliverAfterTimestamp(Instant.now().plusSeconds(120))
                                    .build())
                            .httpStatus())
                    .isEqualTo(202);
            String newId = uniquePushId();

            PapClient.Reply reply = push(PushMessage.builder(PapVersion.V2_0, newId)
                    .address(PushAddress.parse(address))
                    .replace(oldId, ReplaceMethod.ALL)
                    .build());

            assertThat(reply.httpStatus()).isEqualTo(202);
            PushResponse response = (PushResponse) reply.pap();
            assertThat(response.version()).isEqualTo(PapVersion.V2_0);
            assertThat(response.desc()).contains("replaces push-id '" + oldId + "'", "2 of its deliveries cancelled");
            assertThat(status(PapVersion.V2_0, oldId)).hasSize(2).allSatisfy(r -> {
                assertThat(r.messageState()).isEqualTo(MessageState.CANCELLED);
                assertThat(r.desc()).contains("replaced by push-id '" + newId + "'");
            });
            assertThat(terminal.nextMessage(20))
                    .as("the new push at the terminal")
                    .isNotNull();
            assertThat(awaitStatus(newId, delivered()).get(0).messageState()).isEqualTo(MessageState.DELIVERED);
            assertThat(terminal.nextMessage(1))
                    .as("nothing of the replaced push")
                    .isNull();
        }
    }

    @Test
    void replace_pending_only_goes_only_where_the_old_push_was_still_pending() throws Exception {
        try (SipTerminal done = SipTerminal.start(ItPorts.terminal(25), ArquillianPpg.SHARED.registrar());
                SipTerminal busy = SipTerminal.start(ItPorts.terminal(26), ArquillianPpg.SHARED.registrar())) {
            done.register("sip:ops-done@ims.example.org", 600, "syncml.dm");
            busy.register("sip:ops-busy@ims.example.org", 600, "syncml.dm");
            busy.answerWith(480);
            String doneAddress = "WAPPUSH=sip%3Aops-done%40ims.example.org/TYPE=USER";
            String busyAddress = "WAPPUSH=sip%3Aops-busy%40ims.example.org/TYPE=USER";
            String oldId = uniquePushId();
            push(PushMessage.builder(PapVersion.V2_1, oldId)
                    .address(PushAddress.parse(doneAddress))
                    .address(PushAddress.parse(busyAddress))
                    .build());
            assertThat(busy.nextMessage(20))
                    .as("first attempt at the busy terminal")
                    .isNotNull();
            awaitStatus(oldId, results -> results.get(0).messageState() == MessageState.DELIVERED);
            String newId = uniquePushId();

            PushResponse response = (PushResponse) push(PushMessage.builder(PapVersion.V2_1, newId)
                            .address(PushAddress.parse(doneAddress))
                            .address(PushAddress.parse(busyAddress))
                            .replace(oldId, ReplaceMethod.PENDING_ONLY)
                            .build())
                    .pap();

            assertThat(response.code()).isEqualTo(StatusCode.ACCEPTED_FOR_PROCESSING);
            assertThat(response.desc()).contains("pending-only", "sent to 1 of 2 addresses");
            assertThat(status(PapVersion.V2_1, oldId))
                    .extracting(StatusQueryResult::messageState)
                    .containsExactly(MessageState.DELIVERED, MessageState.CANCELLED);
            List<StatusQueryResult> fresh = status(PapVersion.V2_1, newId);
            assertThat(fresh)
                    .extracting(StatusQueryResult::messageState)
                    .containsExactly(MessageState.CANCELLED, MessageState.PENDING);
            assertThat(fresh.get(0).desc()).contains("pending-only");
            busy.answerWith(200);
            assertThat(awaitStatus(newId, results -> results.get(1).messageState() == MessageState.DELIVERED)
                            .get(1)
                            .messageState())
                    .isEqualTo(MessageState.DELIVERED);
            assertThat(status(PapVersion.V2_1, oldId).get(1).messageState()).isEqualTo(MessageState.CANCELLED);
        }
    }

    @Test
    void replacing_an_unknown_push_gets_2004_and_stores_nothing() throws Exception {
        String pushId = uniquePushId();

        PapClient.Reply reply = push(PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse("WAPPUSH=+15550002700/TYPE=PLMN"))
                .replace("no-such-" + pushId, ReplaceMethod.ALL)
                .build());

        assertThat(reply.httpStatus()).isEqualTo(200);
        assertThat(((PushResponse) reply.pap()).code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
        assertThat(status(PapVersion.V2_1, pushId).get(0).code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
    }

    @Test
    void pap_1_0_and_2_0_requests_get_replies_in_their_version() throws Exception {
        String address = "WAPPUSH=+15550002800/TYPE=PLMN";
        for (PapVersion version : List.of(PapVersion.V1_0, PapVersion.V2_0)) {
            String pushId = uniquePushId();
            PapClient.Reply pushed = push(PushMessage.builder(version, pushId)
                    .address(PushAddress.parse(address))
                    .deliverAfterTimestamp(Instant.now().plusSeconds(120))
                    .build());
            assertThat(pushed.httpStatus()).isEqualTo(202);
            assertThat(pushed.pap().version()).isEqualTo(version);
            assertThat(pushed.text()).contains(version.publicId());

            PapClient.Reply queried = send(StatusQueryMessage.of(version, pushId, List.of()));
            assertThat(queried.pap().version()).isEqualTo(version);
            assertThat(((StatusQueryResponse) queried.pap()).results().get(0).messageState())
                    .isEqualTo(MessageState.PENDING);

            PapClient.Reply cancelled = send(CancelMessage.of(version, pushId, List.of()));
            assertThat(cancelled.pap().version()).isEqualTo(version);
            assertThat(((CancelResponse) cancelled.pap()).results().get(0).code())
                    .isEqualTo(StatusCode.OK);
        }
        String bad = "<?xml version=\"1.0\"?>\n<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 1.0//EN\""
                + " \"http://www.wapforum.org/DTD/pap_1.0.dtd\">\n<pap><statusquery-message/></pap>";
        PapClient.Reply badReply = pi().post("application/xml", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(badReply.httpStatus()).isEqualTo(200);
        assertThat(badReply.pap().version()).isEqualTo(PapVersion.V1_0);
        assertThat(((BadMessageResponse) badReply.pap()).code()).isEqualTo(StatusCode.BAD_REQUEST);
    }

    @Test
    void unknown_pap_version_gets_badmessage_3002() throws Exception {
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE pap PUBLIC \"-//WAPFORUM//DTD PAP 3.0//EN\""
                + " \"http://www.openmobilealliance.org/tech/DTD/pap_3.0.dtd\">\n"
                + "<pap><statusquery-message push-id=\"x\"/></pap>";

        PapClient.Reply reply = pi().post("application/xml", body.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.httpStatus()).isEqualTo(200);
        BadMessageResponse bad = (BadMessageResponse) reply.pap();
        assertThat(bad.code()).isEqualTo(StatusCode.VERSION_NOT_SUPPORTED);
        assertThat(bad.desc()).contains("3.0");
    }

    @Test
    void push_expired_on_arrival_gets_3003_and_is_not_stored() throws Exception {
        String pushId = uniquePushId();

        PapClient.Reply reply = push(PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse("WAPPUSH=+15550002900/TYPE=PLMN"))
                .deliverBeforeTimestamp(Instant.now().minusSeconds(60))
                .build());

        assertThat(reply.httpStatus()).isEqualTo(200);
        PushResponse response = (PushResponse) reply.pap();
        assertThat(response.code()).isEqualTo(StatusCode.NOT_POSSIBLE);
        assertThat(response.desc()).contains("expired", "deliver-before-timestamp");
        assertThat(status(PapVersion.V2_1, pushId).get(0).code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
    }

    @Test
    void a_stored_push_whose_deliver_before_timestamp_passes_ends_expired() throws Exception {
        String pushId = uniquePushId();
        // no terminal answers this address: the push waits for its retries until it expires
        PapClient.Reply reply = push(PushMessage.builder(PapVersion.V2_1, pushId)
                .address(PushAddress.parse("WAPPUSH=+15550002901/TYPE=PLMN"))
                .deliverBeforeTimestamp(Instant.now().plusSeconds(4))
                .build());
        assertThat(((PushResponse) reply.pap()).code()).isEqualTo(StatusCode.ACCEPTED_FOR_PROCESSING);

        StatusQueryResult status = Status.awaitState(pi(), pushId, MessageState.EXPIRED, OUTCOME);

        assertThat(status.messageState()).isEqualTo(MessageState.EXPIRED);
    }

    @Test
    void required_network_or_bearer_other_than_sip_gets_3009_or_3010() throws Exception {
        PushAddress address = PushAddress.parse("WAPPUSH=+15550003000/TYPE=PLMN");
        Map<QualityOfService, StatusCode> cases = Map.of(
                new QualityOfService(null, null, "GSM", true, null, false), StatusCode.REQUIRED_NETWORK_NOT_AVAILABLE,
                new QualityOfService(null, null, null, false, "SMS", true), StatusCode.REQUIRED_BEARER_NOT_AVAILABLE);
        for (Map.Entry<QualityOfService, StatusCode> c : cases.entrySet()) {
            String pushId = uniquePushId();

            PapClient.Reply reply = push(PushMessage.builder(PapVersion.V2_1, pushId)
                    .address(address)
                    .qualityOfService(c.getKey())
                    .build());

            assertThat(reply.httpStatus()).isEqualTo(200);
            assertThat(((PushResponse) reply.pap()).code()).isEqualTo(c.getValue());
            assertThat(status(PapVersion.V2_1, pushId).get(0).code()).isEqualTo(StatusCode.PUSH_ID_NOT_FOUND);
        }
    }

    private PapClient.Reply push(PushMessage message) throws Exception {
        return pi().push(message, DM, new byte[] {0x21, 0x00, 0x7f}, SYNCML_DM, false);
    }

    private PapClient.Reply send(PapRequest request) throws Exception {
        PapClient.Reply reply = pi().post("application/xml", new PapEncoder().encode(request));
        assertThat(reply.httpStatus()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    private List<StatusQueryResult> status(PapVersion version, String pushId, String... addresses) throws Exception {
        PapClient.Reply reply = send(StatusQueryMessage.of(version, pushId, parse(addresses)));
        StatusQueryResponse response = (StatusQueryResponse) reply.pap();
        assertThat(response.version()).isEqualTo(version);
        assertThat(response.pushId()).isEqualTo(pushId);
        return response.results();
    }

    private List<CancelResult> cancel(PapVersion version, String pushId, String... addresses) throws Exception {
        CancelResponse response = (CancelResponse)
                send(CancelMessage.of(version, pushId, parse(addresses))).pap();
        assertThat(response.version()).isEqualTo(version);
        return response.results();
    }

    /** Queries until the results satisfy {@code done} or the deadline passes; returns the last. */
    private List<StatusQueryResult> awaitStatus(String pushId, Predicate<List<StatusQueryResult>> done)
            throws Exception {
        Instant deadline = Instant.now().plus(OUTCOME);
        List<StatusQueryResult> last = status(PapVersion.V2_1, pushId);
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            last = status(PapVersion.V2_1, pushId);
        }
        List<StatusQueryResult> result = last;
        assertThat(done.test(result))
                .as(() -> "status of " + pushId + ": "
                        + result.stream()
                                .map(r -> r.messageState() + " (" + r.desc() + ")")
                                .collect(Collectors.joining(", ")))
                .isTrue();
        return result;
    }

    private static Predicate<List<StatusQueryResult>> delivered() {
        return results -> results.stream().allMatch(r -> r.messageState() == MessageState.DELIVERED);
    }

    /** The first MESSAGE whose Request-URI is {@code uri}; others (other tests' pushes) are skipped. */
    private static Request awaitMessageTo(SipTerminal proxy, String uri) throws InterruptedException {
        Instant deadline = Instant.now().plus(OUTCOME);
        while (Instant.now().isBefore(deadline)) {
            Request message = proxy.nextMessage(1);
            if (message != null && message.getRequestURI().toString().equals(uri)) {
                return message;
            }
        }
        return null;
    }

    private static List<PushAddress> parse(String... addresses) throws PapException {
        List<PushAddress> parsed = new ArrayList<>();
        for (String address : addresses) {
            parsed.add(PushAddress.parse(address));
        }
        return parsed;
    }

    private static String uniquePushId() {
        return FirstPushIT.uniquePushId();
    }

    private PapClient pi() {
        return ArquillianPpg.SHARED.pi(ppg);
    }
}
